#include "app/cli/TerminalPrompt.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace Lifeboat {

Result<SecretBytes> readSecretLine(int fd, qsizetype maxLength)
{
    SecretBytes buffer(maxLength + 1);
    qsizetype length = 0;
    for (;;) {
        char byte = 0;
        const ssize_t n = ::read(fd, &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error(ErrorCode::Passphrase,
                         TerminalPrompt::tr("The passphrase could not be read (%1).")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))),
                         QStringLiteral("read fd %1").arg(fd));
        if (n == 0 || byte == '\n')
            break;
        if (length == maxLength)
            return Error(ErrorCode::Passphrase,
                         TerminalPrompt::tr("The passphrase is longer than %1 bytes.").arg(maxLength));
        buffer.data()[length++] = static_cast<unsigned char>(byte);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecretBytes::fromBytes(buffer.data(), length);
}

Result<SecretBytes> TerminalPrompt::readSecret(int terminal, const QString &prompt)
{
    termios saved {};
    if (::tcgetattr(terminal, &saved) != 0)
        return Error(ErrorCode::Passphrase,
                     tr("There is no terminal to ask for the passphrase on: give it with "
                        "--passphrase-fd or in LIFEBOAT_PASSPHRASE."),
                     QStringLiteral("tcgetattr: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ECHONL);
    // Echo goes off before the prompt is shown, so nothing typed after it can be echoed.
    if (::tcsetattr(terminal, TCSAFLUSH, &quiet) != 0)
        return Error(ErrorCode::Passphrase, tr("The terminal's echo cannot be switched off."),
                     QStringLiteral("tcsetattr: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(terminal, text.constData(), size_t(text.size()));
    Result<SecretBytes> secret = readSecretLine(terminal, MaxLength);
    ::tcsetattr(terminal, TCSAFLUSH, &saved);
    return secret;
}

Result<SecretBytes> TerminalPrompt::readSecret(const QString &prompt)
{
    const int terminal = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (terminal < 0)
        return Error(ErrorCode::Passphrase,
                     tr("There is no terminal to ask for the passphrase on: give it with "
                        "--passphrase-fd or in LIFEBOAT_PASSPHRASE."),
                     QStringLiteral("/dev/tty: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    Result<SecretBytes> secret = readSecret(terminal, prompt);
    ::close(terminal);
    return secret;
}

} // namespace Lifeboat
