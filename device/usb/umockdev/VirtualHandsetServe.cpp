#include "device/usb/umockdev/VirtualHandsetServe.h"

#include "device/usb/umockdev/EchoUsbFunction.h"
#include "device/usb/umockdev/UmockdevServer.h"
#include "device/virtual/VirtualHandsetFactory.h"

#include <QDir>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/types.h>

namespace Lifeboat {

namespace {

volatile std::sig_atomic_t g_childPid = 0;

// Ctrl+C or a CI time-out: pass it on to the command, so that serve can still clean up the
// testbed (a killed serve leaves $TMPDIR/umockdev.* behind).
void forwardSignal(int signalNumber)
{
    if (g_childPid > 0)
        ::kill(pid_t(g_childPid), signalNumber);
}

void printError(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

// Reads "--name VALUE" as a number; false (with a message) when it is not one.
bool takeNumber(const QStringList &args, qsizetype &i, qint64 *value)
{
    if (i + 1 >= args.size()) {
        printError(VirtualHandsetServe::tr("%1 needs a value.").arg(args[i]));
        return false;
    }
    bool ok = false;
    *value = args[++i].toLongLong(&ok);
    if (!ok) {
        printError(VirtualHandsetServe::tr("%1 needs a number, not \"%2\".").arg(args[i - 1], args[i]));
        return false;
    }
    return true;
}

} // namespace

QString VirtualHandsetServe::usage()
{
    return tr("Usage: lifeboat-virtual-handset serve [--root DIR | --demo] "
              "[--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]\n"
              "         [--locked-ms N] [--busy] [--unplug-after-bytes N] "
              "[--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]\n"
              "         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]\n\n"
              "Serves a virtual handset as a USB device (umockdev) and runs COMMAND with\n"
              "LD_PRELOAD=libumockdev-preload.so.0 and UMOCKDEV_DIR set, so that COMMAND's libusb\n"
              "sees the handset. Exits with COMMAND's status; 2 for usage errors, 125 when the\n"
              "handset cannot be served, 127 when COMMAND cannot be started, 128 when it crashed.");
}

std::optional<VirtualHandsetServe::Settings> VirtualHandsetServe::parse(const QStringList &arguments,
                                                                       int *exitCode)
{
    *exitCode = Usage;
    if (arguments.isEmpty() || arguments.first() != QLatin1String("serve")) {
        if (!arguments.isEmpty()
            && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
            std::fputs(qPrintable(usage() + u'\n'), stdout);
            *exitCode = 0;
        } else {
            printError(usage());
        }
        return std::nullopt;
    }
    Settings settings;
    qint64 number = 0;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        if (arg == QLatin1String("--root") && i + 1 < arguments.size()) {
            settings.handset.rootDirectory = QDir(arguments[++i]).absolutePath();
        } else if (arg == QLatin1String("--demo")) {
            settings.handset.rootDirectory.clear();
        } else if (arg == QLatin1String("--profile") && i + 1 < arguments.size()) {
            const QString name = arguments[++i];
            settings.echo = name == QLatin1String("echo");
            if (!settings.echo && !VirtualHandsetProfile::fromName(name, &settings.handset.profile)) {
                printError(tr("Unknown profile \"%1\": use lifeboat, android or echo.").arg(name));
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--serial") && i + 1 < arguments.size()) {
            settings.handset.serialNumber = arguments[++i];
        } else if (arg == QLatin1String("--max-packet")) {
            if (!takeNumber(arguments, i, &number))
                return std::nullopt;
            if (number != 64 && number != 512 && number != 1024) {
                printError(tr("--max-packet must be 64, 512 or 1024."));
                return std::nullopt;
            }
            settings.handset.maxPacketSize = int(number);
        } else if (arg == QLatin1String("--locked-ms")) {
            if (!takeNumber(arguments, i, &number))
                return std::nullopt;
            settings.handset.faults.lockedFor = std::chrono::milliseconds(number);
        } else if (arg == QLatin1String("--busy")) {
            settings.handset.faults.interfaceBusy = true;
        } else if (arg == QLatin1String("--unplug-after-bytes")) {
            if (!takeNumber(arguments, i, &number) || number < 0)
                return std::nullopt;
            settings.handset.faults.unplugAfterBytes = quint64(number);
        } else if (arg == QLatin1String("--stall-in-after-bytes")) {
            if (!takeNumber(arguments, i, &number) || number < 0)
                return std::nullopt;
            settings.handset.faults.stallInAfterBytes = quint64(number);
        } else if (arg == QLatin1String("--no-zlp")) {
            settings.handset.faults.noZeroLengthPackets = true;
        } else if (arg == QLatin1String("--header-own-packet")) {
            settings.handset.faults.headerInOwnPacket = true;
        } else if (arg == QLatin1String("--plug-after")) {
            if (!takeNumber(arguments, i, &number) || number < 0)
                return std::nullopt;
            settings.plugAfterMs = int(qMin<qint64>(number, 24 * 3600 * 1000));
        } else if (arg == QLatin1String("--unplug-after")) {
            if (!takeNumber(arguments, i, &number) || number < 0)
                return std::nullopt;
            settings.unplugAfterMs = int(qMin<qint64>(number, 24 * 3600 * 1000));
        } else {
            printError(tr("Unknown or incomplete option \"%1\".").arg(arg));
            printError(usage());
            return std::nullopt;
        }
    }
    settings.command = arguments.mid(i);
    if (settings.command.isEmpty()) {
        printError(tr("Nothing to run: give the command after \"--\"."));
        printError(usage());
        return std::nullopt;
    }
    *exitCode = 0;
    return settings;
}

int VirtualHandsetServe::run(UmockdevServer &server, const Settings &settings)
{
    std::unique_ptr<UsbFunction> function;
    if (settings.echo) {
        auto echo = std::make_unique<EchoUsbFunction>(settings.handset.maxPacketSize);
        if (settings.handset.faults.unplugAfterBytes)
            echo->setUnplugAfterBytes(qint64(*settings.handset.faults.unplugAfterBytes));
        server.setClaimBusy(settings.handset.faults.interfaceBusy);
        function = std::move(echo);
    } else {
        Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(settings.handset);
        if (!responder) {
            printError(tr("Cannot create the virtual handset: %1").arg(responder.error().toString()));
            return ServeFailed;
        }
        MtpResponder *raw = responder->get();
        server.setBusyCheck([raw] { return raw->interfaceBusy(); });
        function = std::move(responder).value();
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();  // has UMOCKDEV_DIR
    const QString preload = environment.value(QStringLiteral("LD_PRELOAD"));
    environment.insert(QStringLiteral("LD_PRELOAD"),
                       preload.isEmpty() ? QStringLiteral("libumockdev-preload.so.0")
                                         : QStringLiteral("libumockdev-preload.so.0:") + preload);
    environment.insert(QStringLiteral("UMOCKDEV_DIR"), server.rootDir());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.setProgram(settings.command.first());
    process.setArguments(settings.command.mid(1));

    int exitCode = 0;
    bool served = true;
    QObject::connect(&process, &QProcess::finished, qApp,
                     [&](int code, QProcess::ExitStatus status) {
                         exitCode = status == QProcess::NormalExit ? code : int(CommandCrashed);
                         if (status != QProcess::NormalExit)
                             printError(tr("%1 was ended by a signal or crashed.").arg(settings.command.first()));
                         QCoreApplication::exit(0);
                     });
    QObject::connect(&process, &QProcess::errorOccurred, qApp, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            printError(tr("Cannot run %1: %2").arg(settings.command.first(), process.errorString()));
            exitCode = CommandNotStarted;
            QCoreApplication::exit(0);
        }
    });

    auto plug = [&] {
        if (Status plugged = server.plug(*function); !plugged) {
            printError(tr("Cannot plug the virtual handset in: %1").arg(plugged.error().toString()));
            served = false;
            process.kill();
            return;
        }
        if (settings.unplugAfterMs >= 0)
            QTimer::singleShot(settings.unplugAfterMs, qApp, [&server] { server.unplug(); });
    };
    if (settings.plugAfterMs > 0)
        QTimer::singleShot(settings.plugAfterMs, qApp, plug);
    else
        plug();
    if (!served)
        return ServeFailed;
    process.start();
    g_childPid = std::sig_atomic_t(process.processId());
    struct sigaction action = {};
    action.sa_handler = &forwardSignal;
    for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP})
        sigaction(signalNumber, &action, nullptr);
    QCoreApplication::exec();
    g_childPid = 0;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    server.unplug();
    return served ? exitCode : int(ServeFailed);
}

} // namespace Lifeboat
