// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "crypto/SecureBytes.h"

#include <QString>

#include <new>
#include <sodium.h>
#include <stdexcept>
#include <utility>

namespace clinicdesk {

bool initCrypto() {
    return sodium_init() >= 0;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size) {
    if (!initCrypto()) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc(); // out of locked memory: an invariant failure, not user input
    }
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::fromBytes(std::span<const unsigned char> source) {
    SecureBytes bytes(source.size());
    if (!source.empty()) {
        std::copy(source.begin(), source.end(), bytes.data());
    }
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecureBytes bytes =
        fromBytes({reinterpret_cast<const unsigned char*>(utf8.constData()), static_cast<std::size_t>(utf8.size())});
    wipe(utf8);
    return bytes;
}

SecureBytes SecureBytes::toHex() const {
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    // Drop the terminating NUL from the logical size but keep it in the buffer.
    SecureBytes trimmed(m_size * 2);
    std::copy(hex.data(), hex.data() + m_size * 2, trimmed.data());
    return trimmed;
}

void SecureBytes::clear() {
    if (m_data != nullptr) {
        sodium_free(m_data); // sodium_free wipes before freeing
    }
    m_data = nullptr;
    m_size = 0;
}

void SecureBytes::wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void SecureBytes::wipeShared(QByteArray& bytes) {
    if (!bytes.isEmpty() && bytes.data_ptr().isMutable()) {
        // Heap storage (possibly shared): written through the const pointer so that it is not detached.
        sodium_memzero(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void SecureBytes::wipe(QString& text) {
    if (!text.isEmpty()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

} // namespace clinicdesk
