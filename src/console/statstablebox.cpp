#include "console/statstablebox.h"

#include "client/csvexport.h"
#include "client/statstablemodel.h"
#include "console/messagebox.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Atendo {

std::optional<QString> StatsTableBox::s_nextPath;

void StatsTableBox::setNextExportPath(const QString& path)
{
    s_nextPath = path;
}

StatsTableBox::StatsTableBox(const QString& title, QAbstractItemModel* model, QWidget* parent)
    : QGroupBox(title, parent)
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(StatsTableModel::ValueRole);
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until the lead picks one
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export %1 as CSV").arg(title));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &StatsTableBox::exportCsv);
}

bool StatsTableBox::exportCsv()
{
    QString path;
    if (s_nextPath) {
        path = *s_nextPath;
        s_nextPath.reset();
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = title().toLower().replace(u' ', u'-') + QStringLiteral(".csv");
        path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), dir + u'/' + name, tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return false;
    // The model behind the sort proxy: the server's order and the raw values.
    const auto* proxy = static_cast<QSortFilterProxyModel*>(m_table->model());
    QString error;
    if (!CsvExport::save(*proxy->sourceModel(), StatsTableModel::ValueRole, path, &error)) {
        MessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

} // namespace Atendo
