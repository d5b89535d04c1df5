#include "model/archive/EarlyWriteback.h"

#include "model/ModelLog.h"

#include <map>
#include <utility>

#ifdef __linux__
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace Lifeboat {

namespace {

#ifdef __linux__
// One descriptor per archive file, opened once and never closed. Closing any descriptor of a
// file drops every POSIX lock this process holds on it, SQLite's included (fcntl(2); SQLite's
// "How To Corrupt" guide, 2.2): closing ours while another connection of this process holds
// a lock on the archive would let a second process write under that connection's feet. The cost
// is one descriptor per archive backed up in a session.
int descriptorFor(const QString &path)
{
    static std::mutex mutex;
    static std::map<std::pair<dev_t, ino_t>, int> descriptors;
    const QByteArray local = path.toLocal8Bit();
    struct stat info {};
    if (::stat(local.constData(), &info) != 0)
        return -1;
    const std::lock_guard lock(mutex);
    const auto key = std::make_pair(info.st_dev, info.st_ino);
    if (const auto it = descriptors.find(key); it != descriptors.end())
        return it->second;
    const int descriptor = ::open(local.constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) {
        qCWarning(lcModel, "early writeback of %s: %s", local.constData(),
                  qPrintable(qt_error_string(errno)));
        return -1;
    }
    descriptors.emplace(key, descriptor);
    return descriptor;
}
#endif

} // namespace

EarlyWriteback::EarlyWriteback(QString path) : m_path(std::move(path)) {}

EarlyWriteback::~EarlyWriteback()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void EarlyWriteback::noteWritten(quint64 bytes)
{
#ifdef __linux__
    m_sinceKick += bytes;
    if (m_sinceKick < KickBytes)
        return;
    m_sinceKick = 0;
    if (!m_thread.joinable()) {
        const int descriptor = descriptorFor(m_path);
        if (descriptor < 0)
            return;
        m_thread = std::thread([this, descriptor] { run(descriptor); });
    }
    {
        const std::lock_guard lock(m_mutex);
        m_kicked = true;
    }
    m_wake.notify_one();
#else
    Q_UNUSED(bytes);
#endif
}

void EarlyWriteback::run(int descriptor)
{
#ifdef __linux__
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_kicked || m_stopping; });
            if (m_stopping)
                return;
            m_kicked = false;
        }
        // Whole file: SQLite's pages land wherever the file has room, not only at its end.
        if (::sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE) != 0) {
            qCWarning(lcModel, "early writeback of %s: %s", qPrintable(m_path),
                      qPrintable(qt_error_string(errno)));
            return;
        }
    }
#else
    Q_UNUSED(descriptor);
#endif
}

} // namespace Lifeboat
