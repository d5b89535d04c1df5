#pragma once

#include "common/Result.h"
#include "model/archive/SecretBytes.h"

#include <QCoreApplication>

namespace Lifeboat {

// Reads a secret typed on a terminal, with echo off, restoring the terminal afterwards (also
// when reading fails). The prompt goes to the terminal itself, never to stdout, so that a
// command's output stays clean when it is redirected.
class TerminalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::TerminalPrompt)

public:
    static constexpr qsizetype MaxLength = 1024;

    // `terminal`: an open terminal descriptor (the process's /dev/tty, or a pty in tests).
    static Result<SecretBytes> readSecret(int terminal, const QString &prompt);
    // Opens /dev/tty; fails when the process has no controlling terminal.
    static Result<SecretBytes> readSecret(const QString &prompt);
};

// Reads one line (up to '\n', which is dropped with a '\r' before it) from a descriptor one byte
// at a time, so that two secrets may share a descriptor, one per line. EOF ends the last line.
Result<SecretBytes> readSecretLine(int fd, qsizetype maxLength);

} // namespace Lifeboat
