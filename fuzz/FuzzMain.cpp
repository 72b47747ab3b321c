// libFuzzer's side of every fuzz target: compiled once per target with GLOSS_FUZZ_ENTRY naming the
// function in FuzzEntries.h that the target drives.
#include "FuzzEntries.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef GLOSS_FUZZ_ENTRY
#error "GLOSS_FUZZ_ENTRY must name the entry point (fuzz/CMakeLists.txt sets it)"
#endif

namespace {

// Parsers log each thing they forgive; over millions of inputs that would bury libFuzzer's own
// report and cost more time than the parsing. qFatal still aborts after the handler returns.
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt code may look for an application object (locale, resources, logging); one that lives as
    // long as the process, made before the first input.
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(dropMessage);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: ASan then sees any read past the input's last byte.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const gloss::fuzz::FuzzOutcome outcome = gloss::fuzz::GLOSS_FUZZ_ENTRY(input);
    if (!outcome.violation.isEmpty()) {
        std::fprintf(stderr, "gloss fuzz: %s\n", outcome.violation.toLocal8Bit().constData());
        std::abort();
    }
    if (!outcome.accepted && outcome.error.isEmpty()) {
        std::fprintf(stderr, "gloss fuzz: the input was refused without a message\n");
        std::abort();
    }
    return 0;
}
