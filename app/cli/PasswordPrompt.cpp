// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PasswordPrompt.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <conio.h>
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace clinicdesk::cli {

std::optional<QString> promptHidden(const QString& prompt) {
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdin))) {
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::string line;
    for (int c = _getwch(); c != '\r' && c != '\n' && c != EOF; c = _getwch()) {
        if (c == '\b') {
            if (!line.empty()) {
                line.pop_back();
            }
        } else {
            line.push_back(static_cast<char>(c));
        }
    }
    std::fputs("\n", stderr);
    QString result = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
#else
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr) {
        return std::nullopt;
    }
    const int fd = fileno(tty);
    termios old{};
    if (tcgetattr(fd, &old) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &silent);
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty)) {
        line.push_back(static_cast<char>(c));
    }
    tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    QString result = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
#endif
}

} // namespace clinicdesk::cli
