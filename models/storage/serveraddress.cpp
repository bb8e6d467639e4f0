// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QByteArray>
#include <QUrl>

namespace {

const QLatin1String Schemes[] = { QLatin1String("postgresql://"), QLatin1String("postgres://") };

// Percent-decoded as UTF-8; false when a '%' is not followed by two hexadecimal digits.
bool decode(QStringView part, QString *out)
{
    const QByteArray bytes = part.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%')
            continue;
        if (i + 2 >= bytes.size() || !isxdigit(uchar(bytes.at(i + 1))) || !isxdigit(uchar(bytes.at(i + 2))))
            return false;
    }
    *out = QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    return true;
}

// Quoted for display: a part with characters the URI syntax uses is written percent-encoded again.
QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    for (const QLatin1String scheme : Schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ServerAddress ServerAddress::parse(const QString &text)
{
    ServerAddress a;
    const auto fail = [&a](const QString &why) {
        a.m_error = why;
        return a;
    };
    QStringView rest;
    for (const QLatin1String scheme : Schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            rest = QStringView(text).mid(scheme.size());
    }
    if (rest.isNull())
        return fail(tr("not a PostgreSQL address: it must begin with postgresql://"));
    const qsizetype query = rest.indexOf(QLatin1Char('?'));
    const QStringView queryPart = query < 0 ? QStringView() : rest.mid(query + 1);
    rest = query < 0 ? rest : rest.first(query);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QStringView authority = slash < 0 ? rest : rest.first(slash);
    if (slash >= 0 && !decode(rest.mid(slash + 1), &a.m_databaseName))
        return fail(tr("the database name is not valid percent-encoding"));

    // The last '@' ends the user part: a password may contain '@' only percent-encoded, but be lenient.
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    QStringView hostPort = authority;
    if (at >= 0) {
        const QStringView userInfo = authority.first(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (!decode(colon < 0 ? userInfo : userInfo.first(colon), &a.m_user)
            || (colon >= 0 && !decode(userInfo.mid(colon + 1), &a.m_password)))
            return fail(tr("the user name or password is not valid percent-encoding"));
    }
    // [v6 address]:port, host:port, host, :port; a list of hosts (h1:p1,h2:p2) goes to libpq as it is.
    QStringView host = hostPort;
    QStringView port;
    if (!hostPort.contains(QLatin1Char(','))) {
        const qsizetype close = hostPort.lastIndexOf(QLatin1Char(']'));
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && colon > close) {
            host = hostPort.first(colon);
            port = hostPort.mid(colon + 1);
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    }
    if (!decode(host, &a.m_host))
        return fail(tr("the host is not valid percent-encoding"));
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return fail(tr("'%1' is not a port number (1 to 65535)").arg(port.toString()));
        a.m_port = number;
    }
    if (!queryPart.isEmpty()) {
        for (const QStringView pair : queryPart.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            QString key;
            QString value;
            if (equals <= 0 || !decode(pair.first(equals), &key) || !decode(pair.mid(equals + 1), &value))
                return fail(tr("'%1' is not a parameter of the form name=value").arg(pair.toString()));
            // Qt joins the options with ';' and passes each on: neither may hold one.
            if (value.contains(QLatin1Char(';')) || key.contains(QLatin1Char(';')))
                return fail(tr("the parameter %1 may not contain ';'").arg(key));
            if (key == QLatin1String("host")) {
                a.m_host = value;
            } else if (key == QLatin1String("port")) {
                bool ok = false;
                a.m_port = value.toInt(&ok);
                if (!ok || a.m_port < 1 || a.m_port > 65535)
                    return fail(tr("'%1' is not a port number (1 to 65535)").arg(value));
            } else if (key == QLatin1String("user")) {
                a.m_user = value;
            } else if (key == QLatin1String("dbname")) {
                a.m_databaseName = value;
            } else if (key == QLatin1String("password")) {
                a.m_password = value;
            } else {
                a.m_options.append(key + QLatin1Char('=') + value);
            }
        }
    }
    return a;
}

QString ServerAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += encode(m_user) + QLatin1Char('@');
    // A list of hosts (h1:p1,h2:p2) is written as it was given; an IPv6 address in brackets.
    if (m_host.contains(QLatin1Char(',')))
        text += m_host;
    else if (m_host.contains(QLatin1Char(':')) && !m_host.startsWith(QLatin1Char('/')))
        text += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        text += encode(m_host);
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    if (!m_databaseName.isEmpty())
        text += QLatin1Char('/') + encode(m_databaseName);
    if (!m_options.isEmpty()) {
        QStringList encoded;
        for (const QString &option : m_options) {
            const qsizetype equals = option.indexOf(QLatin1Char('='));
            encoded.append(encode(option.left(equals)) + QLatin1Char('=') + encode(option.mid(equals + 1)));
        }
        text += QLatin1Char('?') + encoded.join(QLatin1Char('&'));
    }
    return text;
}
