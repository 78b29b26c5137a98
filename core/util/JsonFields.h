// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace clinicdesk {

// Reads the fields of a JSON object that came from outside (a key file, a backup header) without
// ever throwing: nlohmann's value() and get() throw type_error when a field holds another type (a
// number where a string belongs), which would end the process. Each accessor returns the field, the
// fallback when the field is absent, and nothing when it is present with the wrong type, so that a
// caller can say "damaged" instead.
class JsonFields {
public:
    // `object` is read only if it is a JSON object; anything else has no fields.
    explicit JsonFields(const nlohmann::json& object)
        : m_object(object) {}

    [[nodiscard]] bool has(const char* key) const;
    [[nodiscard]] std::optional<std::string> text(const char* key, std::string fallback = {}) const;
    [[nodiscard]] std::optional<bool> flag(const char* key, bool fallback = false) const;
    // A whole number that fits in int64 (a float, a negative one for count(), or a larger one is wrong).
    [[nodiscard]] std::optional<std::int64_t> integer(const char* key, std::int64_t fallback = 0) const;
    [[nodiscard]] std::optional<std::uint64_t> count(const char* key, std::uint64_t fallback = 0) const;

private:
    [[nodiscard]] const nlohmann::json* find(const char* key) const;

    const nlohmann::json& m_object;
};

} // namespace clinicdesk
