#include "console/conversationview.h"

#include "console/messagedelegate.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTimer>

namespace Atendo {

ConversationView::ConversationView(QWidget* parent) : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("conversationView"));
    setAccessibleName(tr("Messages"));
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::NoSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    connect(m_delegate, &MessageDelegate::linkActivated, this,
        [](const QUrl& url) { QDesktopServices::openUrl(url); });
    connect(m_delegate, &MessageDelegate::mediaActivated, this, &ConversationView::mediaRequested);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= verticalScrollBar()->maximum() - 4;
        // At the top: ask for older messages (ConversationModel::fetchMore pages them in).
        if (value == verticalScrollBar()->minimum() && model() && model()->canFetchMore({}))
            model()->fetchMore({});
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stickToBottom)
            verticalScrollBar()->setValue(max);
    });
}

void ConversationView::setModel(QAbstractItemModel* model)
{
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_stickToBottom = true;
        scrollToBottom();
    });
    // A status change can alter a bubble's height (a failure line): relayout.
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { scheduleDelayedItemsLayout(); });
}

void ConversationView::onRowsInserted(const QModelIndex&, int first, int)
{
    // The day separator of the row after an insert may have to go away.
    if (first > 0)
        update(model()->index(first - 1, 0));
    if (m_stickToBottom)
        QTimer::singleShot(0, this, &QListView::scrollToBottom);
}

void ConversationView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    // Bubble heights depend on the width.
    scheduleDelayedItemsLayout();
}

} // namespace Atendo
