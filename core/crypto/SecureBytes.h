// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>

#include <cstddef>
#include <span>

namespace clinicdesk {

// A fixed-size buffer in libsodium's guarded memory (sodium_malloc): locked
// against swapping, surrounded by guard pages, and wiped when freed. Keys and
// passwords live here while the vault is open and nowhere else.
// Initialises libsodium once (thread-safe, idempotent). Every composition
// root calls it at start; SecureBytes calls it too, as a safety net.
[[nodiscard]] bool initCrypto();

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    [[nodiscard]] static SecureBytes random(std::size_t size);
    // Copies the bytes into guarded memory. The caller should wipe its own copy.
    [[nodiscard]] static SecureBytes fromBytes(std::span<const unsigned char> source);
    [[nodiscard]] static SecureBytes fromUtf8(const QString& text);

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::span<const unsigned char> span() const { return {m_data, m_size}; }

    // Lower-case hexadecimal in guarded memory (for SQLCipher's raw key form).
    [[nodiscard]] SecureBytes toHex() const;

    // Wipes and frees the buffer now.
    void clear();

    // Overwrites a QByteArray/QString's storage with zeroes (best effort for
    // copies that passed through Qt types, such as a password from a QLineEdit).
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);
    // Overwrites the storage `bytes` refers to in place, shared or not: every QByteArray that shares it
    // (a library's own copy, such as a keychain job's payload) reads zeroes afterwards. wipe() instead
    // detaches first, so a shared buffer stays as it was in its other owners. Only for a secret whose
    // every sharer is done with it; a literal or raw-data array (read-only) is only cleared.
    static void wipeShared(QByteArray& bytes);

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace clinicdesk
