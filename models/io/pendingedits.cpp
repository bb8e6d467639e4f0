// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingedits.h"

#include "decisionjson.h"
#include "outputfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>

namespace {

const QLatin1String AddressKey("address");
const QLatin1String EditsKey("edits");
const QLatin1String BaseKey("base");
const QLatin1String BaseVersionKey("base_row_version");
const QLatin1String MineKey("mine");

} // namespace

PendingEdits::PendingEdits(const QString &folder, const QString &address) : m_address(address)
{
    // One file per team database; the name is the address's hash, since an address holds characters ('/', ':')
    // that no file name should.
    const QByteArray hash = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_fileName = QDir(folder).filePath(QStringLiteral("pending-edits-%1.json").arg(QString::fromLatin1(hash)));
}

QString PendingEdits::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QList<PendingEdits::Edit> PendingEdits::read(QString *error) const
{
    QList<Edit> edits;
    QFile file(m_fileName);
    if (!file.exists())
        return edits;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(m_fileName, file.errorString());
        return edits;
    }
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1 is not a file of pending edits: %2").arg(m_fileName, parsed.errorString());
        return edits;
    }
    const QJsonArray array = document.object().value(EditsKey).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QStringList problems;
        Edit edit;
        edit.base = DecisionJson::fromJson(object.value(BaseKey).toObject(), &problems);
        edit.base.rowVersion = object.value(BaseVersionKey).toInteger();
        edit.mine = DecisionJson::fromJson(object.value(MineKey).toObject(), &problems);
        if (!problems.isEmpty()) {
            *error = tr("%1: edit %2: %3").arg(m_fileName).arg(i + 1).arg(problems.join(QLatin1String("; ")));
            return {};
        }
        edit.mine.rowVersion = edit.base.rowVersion;
        edits.append(edit);
    }
    return edits;
}

bool PendingEdits::add(const Edit &edit, QString *error)
{
    QString unreadable;
    QList<Edit> edits = read(&unreadable);
    if (!unreadable.isEmpty()) {
        *error = unreadable;
        return false;
    }
    Edit kept = edit;
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (edits.at(i).mine.id == edit.mine.id) {
            kept.base = edits.at(i).base;
            edits.removeAt(i);
            break;
        }
    }
    edits.append(kept);
    return write(edits, error);
}

bool PendingEdits::remove(const QString &id, QString *error)
{
    QString unreadable;
    QList<Edit> edits = read(&unreadable);
    if (!unreadable.isEmpty()) {
        *error = unreadable;
        return false;
    }
    edits.erase(std::remove_if(edits.begin(), edits.end(), [&id](const Edit &e) { return e.mine.id == id; }),
        edits.end());
    if (edits.isEmpty()) {
        if (QFile::exists(m_fileName) && !QFile::remove(m_fileName)) {
            *error = tr("%1 cannot be removed").arg(m_fileName);
            return false;
        }
        return true;
    }
    return write(edits, error);
}

bool PendingEdits::write(const QList<Edit> &edits, QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_fileName).absolutePath())) {
        *error = tr("the folder of %1 cannot be made").arg(m_fileName);
        return false;
    }
    QJsonArray array;
    for (const Edit &edit : edits) {
        QJsonObject object;
        object.insert(BaseKey, DecisionJson::toJson(edit.base));
        object.insert(BaseVersionKey, edit.base.rowVersion);
        object.insert(MineKey, DecisionJson::toJson(edit.mine));
        array.append(object);
    }
    QJsonObject root;
    root.insert(AddressKey, m_address);
    root.insert(EditsKey, array);
    const OutputFile::Result written = OutputFile::write(m_fileName, QJsonDocument(root).toJson());
    if (!written.ok())
        *error = written.error;
    return written.ok();
}
