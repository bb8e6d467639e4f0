// SPDX-FileCopyrightText: 2026 caseline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decisionfilterproxy.h"
#include "decisionmodel.h"
#include "viewstate.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>

// The window's wiring without the window: one model, one filter proxy checked by QAbstractItemModelTester, one
// selection over the proxy, one view state. Views under test are attached to it as MainWindow attaches them.
struct WindowModels
{
    ViewState state;
    DecisionModel model;
    DecisionFilterProxy proxy { &state };
    QAbstractItemModelTester tester { &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest };
    QItemSelectionModel selection { &proxy };

    explicit WindowModels(const QList<Decision> &decisions)
    {
        proxy.setSourceModel(&model);
        model.setDecisions(decisions);
    }

    QString currentId() const { return selection.currentIndex().data(DecisionModel::DecisionIdRole).toString(); }
    QModelIndex indexOf(const QString &id) const { return proxy.mapFromSource(model.index(model.rowOf(id), 0)); }
};
