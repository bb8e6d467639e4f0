// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "bundleddata.h"
#include "bundledmerge.h"
#include "casedatabase.h"
#include "caserepository.h"

#include <QCoreApplication>

namespace Startup {

QStringList takeBundledUpdate(CaseDatabase &database)
{
    if (!database.isOpen() || database.isReadOnly())
        return {};
    QString error;
    const BundledData bundled = BundledData::load(&error);
    if (!error.isEmpty())
        return { error };
    CaseRepository repository(database.connection());
    const BundledUpdate update = BundledMerge::plan(repository, bundled);
    if (!update.isNeeded())
        return {};
    if (!BundledMerge::apply(update, repository, &error)) {
        return { QCoreApplication::translate("Startup", "The bundled data of this version could not be merged: %1")
                     .arg(error) };
    }
    // Only conflicts and withdrawn decisions need the user; a clean update needs no word.
    if (update.conflicts.isEmpty() && update.withdrawn.isEmpty())
        return {};
    return BundledMerge::summary(update);
}

} // namespace Startup
