// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The main of a fuzz target in builds without libFuzzer (the ci and asan presets): runs
// LLVMFuzzerTestOneInput once on every file of the folders and files it is given (the target's corpus
// in tests/fuzz/corpus/, or the folders and files named on its command line), so that each input ever found keeps being
// checked by every test run, under the sanitizers in the asan preset. A crash or a harness's abort() fails the test.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

int runFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return -1;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QStringList paths;
    for (int i = 1; i < argc; ++i) {
        paths << QString::fromLocal8Bit(argv[i]);
    }
    if (paths.isEmpty()) {
        paths << QStringLiteral(CLINICDESK_FUZZ_CORPUS); // the target's corpus in tests/fuzz/corpus/
    }
    int inputs = 0;
    for (const QString& path : paths) {
        if (QFileInfo(path).isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files << it.next();
            }
            files.sort();
            for (const QString& file : files) {
                const int ran = runFile(file);
                if (ran < 0) {
                    return 1;
                }
                inputs += ran;
            }
        } else {
            const int ran = runFile(path);
            if (ran < 0) {
                return 1;
            }
            inputs += ran;
        }
    }
    std::printf("%d inputs, no crash\n", inputs);
    return inputs > 0 ? 0 : 1; // an empty corpus checks nothing
}
