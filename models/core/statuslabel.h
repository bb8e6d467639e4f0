// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A decision's status as people read it. The research writes statuses as codes ("final_unpaid",
// "contested_remitted_to_FTT"); in English they read with spaces ("final unpaid"), in another language through the
// translation file, where each code the bundled data uses is a message of the StatusLabel context. A code no
// translation knows (an import's own) reads with spaces, as written.
namespace StatusLabel {

QString text(const QString &status);
// The codes the translation file carries, for tests: every status and status change of the bundled data is one.
QStringList knownCodes();

} // namespace StatusLabel
