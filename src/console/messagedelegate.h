#pragma once

#include "console/messagelayout.h"

#include <QStyledItemDelegate>
#include <QUrl>

namespace Atendo {

class MediaThumbnails;

// Paints one message of a conversation as a bubble: customer on the left, agents
// on the right with their name, internal notes in a distinct colour, template
// messages with a badge, media placeholders, locations with a map link, replies
// quoting the original, reactions, day separators and delivery ticks (clock,
// sent, delivered, read, failed with the reason on hover).
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    explicit MessageDelegate(QObject* parent = nullptr);

    // Where photos' previews come from; without it photos stay placeholders.
    void setThumbnails(MediaThumbnails* thumbnails) { m_thumbnails = thumbnails; }

    [[nodiscard]] MessageLayout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

    // The link a location opens (its own url, else a map search at the coordinates).
    [[nodiscard]] static QUrl mapUrl(const QModelIndex& index);
    [[nodiscard]] static QString mediaDescription(const QModelIndex& index);
    // Kinds whose bytes the server can hand out (media.get): a click opens them.
    [[nodiscard]] static bool opensMedia(const QModelIndex& index);

Q_SIGNALS:
    void linkActivated(const QUrl& url);
    // The agent clicked a photo, video, audio, sticker or document of a stored message.
    void mediaActivated(qint64 messageId);

private:
    void paintThumbnail(QPainter* painter, const MessageLayout& l, const QModelIndex& index) const;
    static void paintTicks(
        QPainter* painter, const QRect& rect, const QString& status, const QPalette& palette);

    MediaThumbnails* m_thumbnails {nullptr};
};

} // namespace Atendo
