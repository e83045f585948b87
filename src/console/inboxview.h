#pragma once

#include "client/inboxfiltermodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTabBar;

namespace Atendo {

class Clock;
class InboxDelegate;

// The left column: filter tabs (mine, unassigned, all, waiting, closing soon,
// closed, resolved), a search box, the sort order and the conversation list.
// One tick repaints only the countdown strip of the rows on screen.
class InboxView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    explicit InboxView(QWidget* parent = nullptr);

    // Not owned. The view sets filter, search and sort on it.
    void setModel(InboxFilterModel* model);
    void setClock(const Clock* clock);
    void setClosingSoonThreshold(std::chrono::seconds threshold);

    [[nodiscard]] qint64 currentConversationId() const;
    bool selectConversation(qint64 conversationId);
    [[nodiscard]] QListView* listView() const { return m_list; }
    [[nodiscard]] InboxDelegate* delegate() const { return m_delegate; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QTabBar* filterTabs() const { return m_tabs; }

public Q_SLOTS:
    // Repaints the countdowns of visible rows; every minute re-applies the
    // time-based filters (closing soon, closed).
    void tick();
    void selectNext();
    void selectPrevious();
    void focusSearch();

Q_SIGNALS:
    void currentConversationChanged(qint64 conversationId);

private:
    void selectRow(int row);
    [[nodiscard]] InboxFilterModel::Filter filterAt(int tab) const;

    InboxFilterModel* m_model {nullptr};
    QTabBar* m_tabs;
    QLineEdit* m_search;
    QComboBox* m_sort;
    QListView* m_list;
    InboxDelegate* m_delegate;
    int m_ticks {0};
    qint64 m_current {0};
};

} // namespace Atendo
