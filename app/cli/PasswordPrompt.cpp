// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PasswordPrompt.h"

#include <algorithm>
#include <cstdio>
#include <span>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#else
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace clinicdesk::cli {

namespace {

// The typed line in a guarded buffer of kMaxSecretBytes; `length` bytes of it are the secret.
SecureBytes trimmed(const SecureBytes& buffer, std::size_t length) {
    return SecureBytes::fromBytes(std::span<const unsigned char>(buffer.data(), length));
}

} // namespace

std::optional<SecureBytes> promptHidden(const QString& prompt) {
    SecureBytes buffer(kMaxSecretBytes);
    std::size_t length = 0;
    bool tooLong = false;
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin))) {
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    for (int c = _getwch(); c != '\r' && c != '\n' && c != EOF; c = _getwch()) {
        if (c == '\b') {
            length = length > 0 ? length - 1 : 0;
        } else if (length < buffer.size()) {
            buffer.data()[length++] = static_cast<unsigned char>(c);
        } else {
            tooLong = true;
        }
    }
    std::fputs("\n", stderr);
#else
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return std::nullopt;
    }
    termios old{};
    if (tcgetattr(fd, &old) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(fd, text.constData(), std::size_t(text.size()));
    tcsetattr(fd, TCSAFLUSH, &silent);
    // One byte per read(2): nothing but `buffer` ever holds what is typed.
    unsigned char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        if (length < buffer.size()) {
            buffer.data()[length++] = c;
        } else {
            tooLong = true;
        }
    }
    c = 0;
    tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
#endif
    if (tooLong) {
        return std::nullopt;
    }
    return trimmed(buffer, length);
}

} // namespace clinicdesk::cli
