// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "internedtext.h"

#include <QMutex>
#include <deque>

const QString InternedText::s_empty;

namespace {

struct Pool
{
    QMutex mutex;
    std::deque<QString> texts; // a deque never moves its elements: InternedTexts hold their addresses
    QHash<QString, const QString *> byText;
};

Pool &pool()
{
    // Never destroyed: an InternedText in a static object may be read after this file's statics would be.
    static Pool *const thePool = new Pool;
    return *thePool;
}

} // namespace

InternedText::InternedText(const QString &text)
{
    if (text.isEmpty())
        return;
    Pool &p = pool();
    const QMutexLocker lock(&p.mutex);
    const QString *&slot = p.byText[text];
    if (!slot)
        slot = &p.texts.emplace_back(text);
    m_text = slot;
}

InternedText InternedTextCache::of(const QString &text)
{
    const std::pair<const QChar *, qsizetype> key(text.constData(), text.size());
    auto it = m_byCharacters.constFind(key);
    if (it == m_byCharacters.cend())
        it = m_byCharacters.insert(key, Entry { text, InternedText(text) });
    return it->interned;
}
