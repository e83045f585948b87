#include "console/inboxview.h"

#include "client/inboxmodel.h"
#include "console/inboxdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTabBar>
#include <QVBoxLayout>

namespace Atendo {

namespace {
using Filter = InboxFilterModel::Filter;
// Tab order: what an agent reaches for first.
constexpr Filter TabFilters[] = {Filter::Mine, Filter::Unassigned, Filter::All, Filter::WaitingForReply,
    Filter::ClosingSoon, Filter::WindowClosed, Filter::Resolved};
} // namespace

InboxView::InboxView(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_list(new QListView(this))
    , m_delegate(new InboxDelegate(this))
{
    m_tabs->setObjectName(QStringLiteral("inboxFilterTabs"));
    m_tabs->setAccessibleName(tr("Inbox filter"));
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDrawBase(false);
    m_tabs->addTab(tr("Mine"));
    m_tabs->addTab(tr("Unassigned"));
    m_tabs->addTab(tr("All"));
    m_tabs->addTab(tr("Waiting"));
    m_tabs->addTab(tr("Closing soon"));
    m_tabs->addTab(tr("Closed"));
    m_tabs->addTab(tr("Resolved"));
    m_tabs->setCurrentIndex(2);

    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search name, number or message (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_sort->setObjectName(QStringLiteral("inboxSort"));
    m_sort->setAccessibleName(tr("Sort conversations"));
    m_sort->addItem(tr("Last activity"));
    m_sort->addItem(tr("Window expiry"));
    m_sort->setToolTip(tr("\"Window expiry\" lists the conversations to answer before their window closes "
                          "first."));

    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tabs);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (m_model)
            m_model->setFilter(filterAt(tab));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_model)
            m_model->setSearchText(text);
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_model)
            m_model->setSortOrder(
                index == 1 ? InboxFilterModel::Sort::WindowExpiry : InboxFilterModel::Sort::LastActivity);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        selectRow(0);
        m_list->setFocus();
    });
}

InboxFilterModel::Filter InboxView::filterAt(int tab) const
{
    return tab >= 0 && tab < int(std::size(TabFilters)) ? TabFilters[tab] : Filter::All;
}

void InboxView::setModel(InboxFilterModel* model)
{
    m_model = model;
    m_list->setModel(model);
    if (!model)
        return;
    model->setFilter(filterAt(m_tabs->currentIndex()));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            const qint64 id = current.data(InboxModel::ConversationIdRole).toLongLong();
            if (id != m_current) {
                m_current = id;
                Q_EMIT currentConversationChanged(id);
            }
        });
}

void InboxView::setClock(const Clock* clock)
{
    m_delegate->setClock(clock);
    m_list->viewport()->update();
}

void InboxView::setClosingSoonThreshold(std::chrono::seconds threshold)
{
    m_delegate->setClosingSoonThreshold(threshold);
    if (m_model)
        m_model->setClosingSoonThreshold(threshold);
}

qint64 InboxView::currentConversationId() const
{
    return m_list->currentIndex().data(InboxModel::ConversationIdRole).toLongLong();
}

bool InboxView::selectConversation(qint64 conversationId)
{
    if (!m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(InboxModel::ConversationIdRole).toLongLong() == conversationId) {
            selectRow(row);
            return true;
        }
    }
    return false;
}

void InboxView::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void InboxView::selectNext()
{
    selectRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0);
}

void InboxView::selectPrevious()
{
    selectRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() - 1 : 0);
}

void InboxView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InboxView::tick()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    // Time-based filters move rows between tabs; once a minute is fine for that.
    if (++m_ticks % 60 == 0
        && (m_model->filter() == Filter::ClosingSoon || m_model->filter() == Filter::WindowClosed
            || m_model->sortOrder() == InboxFilterModel::Sort::WindowExpiry)) {
        m_model->refresh();
    }
    QWidget* viewport = m_list->viewport();
    const QModelIndex first = m_list->indexAt(QPoint(1, 1));
    if (!first.isValid())
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.font = m_list->font();
    for (int row = first.row(); row < m_model->rowCount(); ++row) {
        const QRect rect = m_list->visualRect(m_model->index(row, 0));
        if (rect.top() > viewport->height())
            break;
        option.rect = rect;
        viewport->update(m_delegate->countdownRect(option));
    }
}

} // namespace Atendo
