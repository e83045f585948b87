#pragma once

#include <QListView>

namespace Atendo {

class MessageDelegate;

// The message list of the open conversation: a QListView with MessageDelegate
// (never a widget per message). Keeps the newest message in view when the agent
// is at the bottom, and pages older history in when scrolled to the top.
class ConversationView : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    [[nodiscard]] MessageDelegate* messageDelegate() const { return m_delegate; }

Q_SIGNALS:
    void mediaRequested(qint64 messageId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onRowsInserted(const QModelIndex& parent, int first, int last);

    MessageDelegate* m_delegate;
    bool m_stickToBottom {true};
};

} // namespace Atendo
