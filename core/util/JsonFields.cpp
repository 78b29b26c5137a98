// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/JsonFields.h"

#include <limits>

namespace clinicdesk {

const nlohmann::json* JsonFields::find(const char* key) const {
    if (!m_object.is_object()) {
        return nullptr;
    }
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &*it;
}

bool JsonFields::has(const char* key) const {
    return find(key) != nullptr;
}

std::optional<std::string> JsonFields::text(const char* key, std::string fallback) const {
    const nlohmann::json* field = find(key);
    if (field == nullptr) {
        return fallback;
    }
    if (!field->is_string()) {
        return std::nullopt;
    }
    return field->get_ref<const std::string&>();
}

std::optional<bool> JsonFields::flag(const char* key, bool fallback) const {
    const nlohmann::json* field = find(key);
    if (field == nullptr) {
        return fallback;
    }
    if (!field->is_boolean()) {
        return std::nullopt;
    }
    return field->get<bool>();
}

std::optional<std::int64_t> JsonFields::integer(const char* key, std::int64_t fallback) const {
    const nlohmann::json* field = find(key);
    if (field == nullptr) {
        return fallback;
    }
    if (field->is_number_unsigned()) {
        const auto value = field->get<std::uint64_t>();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return std::nullopt;
        }
        return static_cast<std::int64_t>(value);
    }
    if (!field->is_number_integer()) {
        return std::nullopt;
    }
    return field->get<std::int64_t>();
}

std::optional<std::uint64_t> JsonFields::count(const char* key, std::uint64_t fallback) const {
    const nlohmann::json* field = find(key);
    if (field == nullptr) {
        return fallback;
    }
    if (!field->is_number_unsigned()) {
        return std::nullopt;
    }
    return field->get<std::uint64_t>();
}

} // namespace clinicdesk
