// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray SqliteMagic("SQLite format 3\0", 16);

enum class Kind { Missing, Regular, Folder, Device, Fifo, Socket, Other };

Kind kindOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISREG(st.st_mode))
        return Kind::Regular;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return Kind::Device;
    if (S_ISFIFO(st.st_mode))
        return Kind::Fifo;
    if (S_ISSOCK(st.st_mode))
        return Kind::Socket;
    return Kind::Other;
}

QByteArray headOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

bool isSqliteDatabase(const QString &path)
{
    return kindOf(path) == Kind::Regular && headOf(path) == SqliteMagic;
}

// The write-ahead log and the rollback journal carry magic numbers of their own (sqlite.org/fileformat.html).
bool isSqliteLogOrJournal(const QByteArray &head)
{
    static const QByteArray walBigEndian = QByteArray::fromHex("377f0682");
    static const QByteArray walLittleEndian = QByteArray::fromHex("377f0683");
    static const QByteArray journal = QByteArray::fromHex("d9d505f920a163d7");
    return head.startsWith(walBigEndian) || head.startsWith(walLittleEndian) || head.startsWith(journal);
}

// fsync of the folder makes the rename itself durable, not only the file's content.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// What producers write to. Qt's writers (QTextStream under QSvgGenerator, libpng under QImageWriter) ignore a
// short write, so a file cut off by a full disk was committed as if whole. This device writes everything it is
// given or fails, and remembers why: the retry after a short write is what reports ENOSPC or EFBIG.
class WholeWriteDevice final : public QIODevice
{
public:
    explicit WholeWriteDevice(QFileDevice *file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly);
    }

    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (!m_failure.isEmpty())
            return -1;
        qint64 done = 0;
        while (done < length) {
            const qint64 written = m_file->write(data + done, length - done);
            if (written <= 0) {
                m_failure = m_file->errorString();
                return -1;
            }
            done += written;
        }
        startWriteback(length);
        return length;
    }

private:
    // A large file (export-data writes 220 MB at 100,000 decisions) is handed to the disk as it is written, every
    // few megabytes, rather than all by the final fsync: that fsync then has little left to wait for. Only a hint:
    // the fsync still decides whether the file is whole.
    void startWriteback([[maybe_unused]] qint64 written)
    {
#ifdef __linux__
        constexpr qint64 Every = 8 * 1024 * 1024;
        m_written += written;
        if (m_written - m_handedOver < Every)
            return;
        ::sync_file_range(m_file->handle(), m_handedOver, m_written - m_handedOver, SYNC_FILE_RANGE_WRITE);
        m_handedOver = m_written;
#endif
    }

    QFileDevice *m_file;
    QString m_failure;
    qint64 m_written = 0;
    qint64 m_handedOver = 0;
};

} // namespace

QString OutputFile::refusal(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("no output file was given");
    const QFileInfo info(path);
    QString target = path;
    if (info.isSymLink()) {
        target = info.canonicalFilePath();
        if (target.isEmpty())
            return tr("%1 is a symbolic link to nothing; caseline does not create files through broken links")
                .arg(path);
    }
    switch (kindOf(target)) {
    case Kind::Missing:
    case Kind::Regular:
        break;
    case Kind::Folder:
        return tr("%1 is a folder; give the name of a file inside it").arg(path);
    case Kind::Device:
        return tr("%1 is a device, not a regular file; caseline writes only regular files").arg(path);
    case Kind::Fifo:
        return tr("%1 is a FIFO (named pipe), not a regular file; caseline writes only regular files").arg(path);
    case Kind::Socket:
        return tr("%1 is a socket, not a regular file; caseline writes only regular files").arg(path);
    case Kind::Other:
        return tr("%1 is not a regular file; caseline writes only regular files").arg(path);
    }
    const QByteArray head = headOf(target);
    if (head == SqliteMagic)
        return tr("%1 is an SQLite database (perhaps the one caseline has open); an export never replaces a "
                  "database. Choose another file name.")
            .arg(path);
    if (isSqliteLogOrJournal(head))
        return tr("%1 belongs to an SQLite database (its log or journal); an export never replaces it").arg(path);
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal") }) {
        if (target.endsWith(suffix) && isSqliteDatabase(target.chopped(suffix.size())))
            return tr("%1 belongs to the SQLite database beside it; an export never replaces it").arg(path);
    }
    return {};
}

OutputFile::Result OutputFile::write(const QString &path, const Producer &produce)
{
    const QString refused = refusal(path);
    if (!refused.isEmpty())
        return { Status::Refused, refused };
    const QFileInfo info(path);
    // Through a link, the file it points to is replaced and the link stays.
    const QString target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return { Status::Failed, tr("cannot write %1: the folder %2 does not exist").arg(path, folder) };

    QSaveFile file(target);
    // Unbuffered: every write reaches the system at once, so WholeWriteDevice sees each short write and its cause.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return { Status::Failed, tr("cannot write %1: %2").arg(path, file.errorString()) };
    WholeWriteDevice device(&file);
    QString problem;
    const bool produced = produce(&device, &problem);
    if (!device.failure().isEmpty()) {
        const QString reason = device.failure();
        file.cancelWriting();
        return { Status::Failed, tr("cannot write %1: %2").arg(path, reason) };
    }
    if (!produced) {
        QString reason = file.error() != QFileDevice::NoError ? file.errorString() : problem;
        if (reason.isEmpty())
            reason = tr("the content could not be made");
        file.cancelWriting();
        return { Status::Failed, tr("cannot write %1: %2").arg(path, reason) };
    }
    // QSaveFile::commit() drops the reason of an earlier write error ("Unknown error"): keep it first.
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return { Status::Failed, tr("cannot write %1: %2").arg(path, reason) };
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = systemError(errno);
        file.cancelWriting();
        return { Status::Failed, tr("cannot write %1: %2").arg(path, reason) };
    }
    if (!file.commit())
        return { Status::Failed, tr("cannot write %1: %2").arg(path, file.errorString()) };
    syncFolder(folder);
    return { Status::Written, {} };
}

OutputFile::Result OutputFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice *device, QString *) { return device->write(bytes) == bytes.size(); });
}
