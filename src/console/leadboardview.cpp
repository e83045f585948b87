#include "console/leadboardview.h"

#include "client/boardalertmodel.h"
#include "client/boardmodel.h"
#include "client/boardrostermodel.h"
#include "client/leadconversationsmodel.h"
#include "client/leadconversationsproxy.h"
#include "client/leadtext.h"
#include "console/alertdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Atendo {

namespace {
void setUpTable(QTableView* table)
{
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // The name column takes the spare width; the numbers keep to their contents.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}
} // namespace

LeadBoardView::LeadBoardView(BoardModel* board, LeadConversationsModel* conversations, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
    , m_model(conversations)
    , m_proxy(new LeadConversationsProxy(this))
    , m_summary(new QLabel(this))
    , m_alerts(new QListView(this))
    , m_conversations(new QTableView(this))
    , m_roster(new QTableView(this))
    , m_agent(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_waitingOn(new QCheckBox(tr("Waiting over"), this))
    , m_waitingMinutes(new QSpinBox(this))
    , m_closingOn(new QCheckBox(tr("Window closes within 1 h"), this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_alerts->setModel(board->alerts());
    m_alerts->setItemDelegate(new AlertDelegate(m_alerts));
    m_alerts->setObjectName(QStringLiteral("alertsList"));
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setSpacing(1);
    m_alerts->setMaximumHeight(110);

    m_proxy->setSourceModel(conversations);
    m_conversations->setModel(m_proxy);
    setUpTable(m_conversations);
    m_conversations->sortByColumn(LeadConversationsModel::WaitingColumn, Qt::DescendingOrder);
    m_conversations->setAccessibleName(tr("Open conversations"));

    auto* rosterSort = new QSortFilterProxyModel(this);
    rosterSort->setSourceModel(board->roster());
    rosterSort->setSortRole(BoardRosterModel::SortRole);
    m_roster->setModel(rosterSort);
    setUpTable(m_roster);
    m_roster->sortByColumn(BoardRosterModel::AgentColumn, Qt::AscendingOrder);
    m_roster->setAccessibleName(tr("Team"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_alerts);
    topLayout->addWidget(makeFilterBar());
    topLayout->addWidget(m_conversations, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_roster);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_board, &BoardModel::boardChanged, this, &LeadBoardView::updateSummary);
    connect(m_board->roster(), &QAbstractItemModel::modelReset, this, &LeadBoardView::updateAgentChoices);
    connect(m_conversations, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT conversationActivated(index.data(LeadConversationsModel::ConversationIdRole).toLongLong());
    });
    connect(m_alerts, &QListView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(BoardAlertModel::ConversationIdRole).toLongLong();
        if (id)
            Q_EMIT conversationActivated(id);
    });
    updateSummary();
    updateAgentChoices();
}

QWidget* LeadBoardView::makeFilterBar()
{
    auto* bar = new QWidget(this);
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(LeadText::state(QStringLiteral("open")), QStringLiteral("open"));
    m_state->addItem(LeadText::state(QStringLiteral("pending")), QStringLiteral("pending"));
    m_waitingMinutes->setRange(1, 24 * 60);
    m_waitingMinutes->setValue(10);
    m_waitingMinutes->setSuffix(tr(" min"));
    m_agent->setAccessibleName(tr("Filter by agent"));
    m_state->setAccessibleName(tr("Filter by state"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_agent);
    layout->addWidget(m_state);
    layout->addWidget(m_waitingOn);
    layout->addWidget(m_waitingMinutes);
    layout->addWidget(m_closingOn);
    layout->addStretch(1);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &LeadBoardView::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &LeadBoardView::applyFilters);
    connect(m_waitingOn, &QCheckBox::toggled, this, &LeadBoardView::applyFilters);
    connect(m_waitingMinutes, &QSpinBox::valueChanged, this, &LeadBoardView::applyFilters);
    connect(m_closingOn, &QCheckBox::toggled, this, &LeadBoardView::applyFilters);
    return bar;
}

void LeadBoardView::applyFilters()
{
    m_proxy->setAgentFilter(m_agent->currentData().isValid() ? m_agent->currentData().toLongLong()
                                                             : LeadConversationsProxy::AnyAgent);
    m_proxy->setStateFilter(m_state->currentData().toString());
    m_proxy->setWaitingOverMinutes(m_waitingOn->isChecked() ? m_waitingMinutes->value() : 0);
    m_proxy->setWindowClosingWithinMinutes(m_closingOn->isChecked() ? 60 : 0);
}

void LeadBoardView::updateAgentChoices()
{
    const QVariant current = m_agent->currentData();
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("Every agent"), qint64(LeadConversationsProxy::AnyAgent));
    m_agent->addItem(tr("Unassigned"), qint64(LeadConversationsProxy::Unassigned));
    const BoardRosterModel* roster = m_board->roster();
    for (const BoardAgent& agent : roster->agents())
        m_agent->addItem(roster->agentName(agent.agentId), agent.agentId);
    const int keep = m_agent->findData(current);
    m_agent->setCurrentIndex(keep >= 0 ? keep : 0);
}

void LeadBoardView::updateSummary()
{
    if (!m_board->hasBoard()) {
        m_summary->setText(tr("Waiting for the board…"));
        return;
    }
    const BoardSnapshot& b = m_board->board();
    m_summary->setText(tr("%1 open · %2 unassigned · %3 waiting (%4 over %5 min) · %6 window(s) closing · "
                          "outbox %7, %8 failed in the last hour")
                           .arg(b.open)
                           .arg(b.unassigned)
                           .arg(b.waiting)
                           .arg(b.waitingOverThreshold)
                           .arg(b.waitingMinutes)
                           .arg(b.windowsClosing)
                           .arg(b.outboxDepth)
                           .arg(b.failedLastHour));
}

void LeadBoardView::tick()
{
    m_model->tick();
    m_proxy->refresh();
}

} // namespace Atendo
