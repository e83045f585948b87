#include "console/messagedelegate.h"

#include "client/conversationmodel.h"
#include "console/bubblepainter.h"
#include "console/consoletext.h"
#include "console/mediathumbnails.h"
#include "console/themecolors.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QJsonObject>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Atendo {

namespace {
constexpr int Margin = 8; // around the bubble, inside the row
constexpr int Pad = BubblePainter::Padding;
constexpr int Gap = 3;
constexpr int TicksWidth = 18;
constexpr int PictureHeight = 110; // kept above a photo's or video's label
constexpr double MaxBubbleShare = 0.72;

QFont smallFont(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.82);
    return f;
}

QFont boldSmall(QFont f)
{
    f = smallFont(f);
    f.setBold(true);
    return f;
}

QDate localDay(const QModelIndex& index)
{
    return index.data(ConversationModel::TimeRole).toDateTime().toLocalTime().date();
}

QString dayLabel(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

int textHeight(const QFont& font, int width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, width, 1000000), Qt::TextWordWrap | Qt::AlignLeft, text)
        .height();
}

int textWidth(const QFont& font, int width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetrics(font)
        .boundingRect(QRect(0, 0, width, 1000000), Qt::TextWordWrap | Qt::AlignLeft, text)
        .width();
}
} // namespace

MessageDelegate::MessageDelegate(QObject* parent) : QStyledItemDelegate(parent)
{ }

QString MessageDelegate::mediaDescription(const QModelIndex& index)
{
    const QString kind = index.data(ConversationModel::KindRole).toString();
    if (kind == u"location"_s) {
        const QJsonObject loc = index.data(ConversationModel::LocationRole).toJsonObject();
        const QString name = loc.value(u"name"_s).toString();
        const QString address = loc.value(u"address"_s).toString();
        QString place = QStringList {name, address}.join(u" — "_s);
        if (name.isEmpty() || address.isEmpty())
            place = name + address;
        if (place.isEmpty())
            place = u"%1, %2"_s.arg(loc.value(u"latitude"_s).toDouble())
                        .arg(loc.value(u"longitude"_s).toDouble());
        return tr("Location: %1 · Open map").arg(place);
    }
    const QJsonObject media = index.data(ConversationModel::MediaRole).toJsonObject();
    if (media.isEmpty() && kind != u"image"_s && kind != u"video"_s && kind != u"audio"_s
        && kind != u"document"_s && kind != u"sticker"_s)
        return {};
    QString label;
    if (kind == u"image"_s)
        label = tr("Image");
    else if (kind == u"video"_s)
        label = tr("Video");
    else if (kind == u"audio"_s)
        label = tr("Audio");
    else if (kind == u"sticker"_s)
        label = tr("Sticker");
    else
        label = tr("Document");
    QStringList parts {u"[%1]"_s.arg(label)};
    const QString file = media.value(u"filename"_s).toString();
    if (!file.isEmpty())
        parts << file;
    const qint64 size = media.value(u"size"_s).toInteger();
    if (size > 0)
        parts << QLocale().formattedDataSize(size);
    return parts.join(u" · "_s);
}

QUrl MessageDelegate::mapUrl(const QModelIndex& index)
{
    const QJsonObject loc = index.data(ConversationModel::LocationRole).toJsonObject();
    const QUrl own(loc.value(u"url"_s).toString());
    if (own.isValid() && (own.scheme() == u"https"_s || own.scheme() == u"http"_s))
        return own;
    return QUrl(u"https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2"_s
                    .arg(loc.value(u"latitude"_s).toDouble())
                    .arg(loc.value(u"longitude"_s).toDouble()));
}

MessageLayout MessageDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    MessageLayout l;
    const QString direction = index.data(ConversationModel::DirectionRole).toString();
    const QString kind = index.data(ConversationModel::KindRole).toString();
    l.outgoing = direction != u"in"_s;
    l.note = direction == u"note"_s;
    const QFont font = option.font;
    const QFont small = smallFont(font);
    const int rowWidth = qMax(240, option.rect.width());
    const int maxBubble = int(rowWidth * MaxBubbleShare);
    const int inner = maxBubble - 2 * Pad;
    int y = option.rect.top() + Gap;

    // A day separator above the first message of each day.
    const QDate day = localDay(index);
    const QModelIndex previous = index.sibling(index.row() - 1, 0);
    if (day.isValid() && (!previous.isValid() || localDay(previous) != day)) {
        l.dayText = dayLabel(day);
        const int h = QFontMetrics(boldSmall(font)).height() + 2 * Gap;
        l.daySeparator = QRect(option.rect.left(), y, rowWidth, h);
        y += h + Gap;
    }

    // Content, measured at the widest the bubble may be.
    if (l.note && kind == u"whisper"_s)
        l.authorText = tr("Whisper from %1 · only agents see it")
                           .arg(index.data(ConversationModel::AuthorNameRole).toString());
    else if (l.note)
        l.authorText = tr("Internal note · %1").arg(index.data(ConversationModel::AuthorNameRole).toString());
    else if (l.outgoing)
        l.authorText = index.data(ConversationModel::AuthorNameRole).toString();
    if (kind == u"template"_s)
        l.badgeText = tr("Template · %1").arg(index.data(ConversationModel::TemplateNameRole).toString());
    l.quoteText = index.data(ConversationModel::ReplyToTextRole).toString();
    l.mediaText = mediaDescription(index);
    l.bodyText = index.data(ConversationModel::TextRole).toString();
    if (kind == u"location"_s)
        l.bodyText.clear(); // the location line says it all
    if (kind == u"unsupported"_s && l.bodyText.isEmpty())
        l.bodyText = tr("(a message type this console cannot show)");
    l.reactionText = index.data(ConversationModel::ReactionRole).toString();
    const QDateTime time = index.data(ConversationModel::TimeRole).toDateTime().toLocalTime();
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    l.timeText = QLocale().toString(time.time(), timeFormat);

    const int smallLine = QFontMetrics(small).height();
    const int footerWidth
        = QFontMetrics(small).horizontalAdvance(l.timeText) + (l.outgoing && !l.note ? TicksWidth + 4 : 0);
    int contentWidth = footerWidth;
    contentWidth = qMax(contentWidth, textWidth(boldSmall(font), inner, l.authorText));
    contentWidth = qMax(contentWidth, textWidth(small, inner, l.badgeText) + 8);
    contentWidth = qMax(contentWidth, textWidth(small, inner - 10, l.quoteText) + 10);
    contentWidth = qMax(contentWidth, textWidth(font, inner, l.mediaText));
    contentWidth = qMax(contentWidth, textWidth(font, inner, l.bodyText));
    if (kind == u"image"_s || kind == u"video"_s)
        contentWidth = qMax(contentWidth, qMin(inner, 220));
    contentWidth = qMin(contentWidth, inner);
    const int bubbleWidth = contentWidth + 2 * Pad;
    const int bubbleLeft
        = l.outgoing ? option.rect.left() + rowWidth - Margin - bubbleWidth : option.rect.left() + Margin;
    const int left = bubbleLeft + Pad;

    const int bubbleTop = y;
    y += Pad;
    const auto place = [&](QRect* rect, const QFont& f, const QString& text, int extra = 0) {
        if (text.isEmpty())
            return;
        const int h = textHeight(f, contentWidth - extra, text);
        *rect = QRect(left, y, contentWidth, h + extra);
        y += h + extra + Gap;
    };
    place(&l.author, boldSmall(font), l.authorText);
    place(&l.badge, small, l.badgeText, 4);
    if (!l.badge.isNull())
        l.badge.setWidth(textWidth(small, contentWidth, l.badgeText) + 8);
    place(&l.quote, small, l.quoteText, 8);
    if (!l.mediaText.isEmpty()) {
        const bool visual = kind == u"image"_s || kind == u"video"_s;
        const int h = textHeight(font, contentWidth, l.mediaText) + (visual ? PictureHeight : 8);
        l.media = QRect(left, y, contentWidth, h);
        y += h + Gap;
    }
    place(&l.text, font, l.bodyText);
    l.footer = QRect(left, y, contentWidth, smallLine);
    if (l.outgoing && !l.note)
        l.ticks = QRect(l.footer.right() - TicksWidth + 1, y, TicksWidth, smallLine);
    y += smallLine + Pad;
    l.bubble = QRect(bubbleLeft, bubbleTop, bubbleWidth, y - bubbleTop);

    if (!l.reactionText.isEmpty()) {
        const int w = QFontMetrics(font).horizontalAdvance(l.reactionText) + 12;
        const int h = QFontMetrics(font).height() + 4;
        const int x = l.outgoing ? l.bubble.left() + 6 : l.bubble.right() - w - 6;
        l.reaction = QRect(x, l.bubble.bottom() - 2, w, h);
        y = l.reaction.bottom() + 1;
    }
    y += Gap;
    l.size = QSize(rowWidth, y - option.rect.top());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index).size;
}

void MessageDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const MessageLayout l = layout(option, index);
    const QPalette& pal = option.palette;
    const bool dark = ThemeColors::isDark(pal);
    const QColor ink = dark ? QColor(0xe9, 0xed, 0xef) : QColor(0x11, 0x1b, 0x21);
    const QColor dim = pal.color(QPalette::Disabled, QPalette::Text);
    const QFont font = option.font;
    painter->save();

    if (!l.daySeparator.isNull()) {
        painter->setFont(boldSmall(font));
        painter->setPen(dim);
        QRect pill(QPoint(0, 0),
            QSize(painter->fontMetrics().horizontalAdvance(l.dayText) + 20,
                painter->fontMetrics().height() + 4));
        pill.moveCenter(l.daySeparator.center());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(pal.color(QPalette::AlternateBase));
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(dim);
        painter->drawText(pill, Qt::AlignCenter, l.dayText);
    }

    const QColor fill = l.note ? ThemeColors::noteBubble(pal)
        : l.outgoing           ? ThemeColors::outgoingBubble(pal)
                               : ThemeColors::incomingBubble(pal);
    BubblePainter::paintBubble(painter, l.bubble, fill, pal);
    if (l.note) {
        // Notes never leave the team: a dashed edge makes that visible at a glance.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ThemeColors::tone(WindowCountdown::Tone::ClosingSoon, pal), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(l.bubble).adjusted(1.5, 1.5, -1.5, -1.5), 7, 7);
    }

    if (!l.author.isNull()) {
        painter->setFont(boldSmall(font));
        painter->setPen(
            l.note ? ThemeColors::tone(WindowCountdown::Tone::ClosingSoon, pal) : ThemeColors::badge(pal));
        painter->drawText(l.author, Qt::TextWordWrap, l.authorText);
    }
    if (!l.badge.isNull()) {
        painter->setFont(smallFont(font));
        BubblePainter::paintTag(painter, l.badge, l.badgeText, dim);
    }
    if (!l.quote.isNull()) {
        painter->setPen(Qt::NoPen);
        QColor shade = ink;
        shade.setAlpha(20);
        painter->setBrush(shade);
        painter->drawRect(l.quote);
        painter->setBrush(ThemeColors::badge(pal));
        painter->drawRect(QRect(l.quote.topLeft(), QSize(3, l.quote.height())));
        painter->setFont(smallFont(font));
        painter->setPen(dim);
        painter->drawText(l.quote.adjusted(8, 4, -2, -4), Qt::TextWordWrap, l.quoteText);
    }
    if (!l.media.isNull()) {
        QColor shade = ink;
        shade.setAlpha(16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(shade);
        painter->drawRoundedRect(l.media, 4, 4);
        painter->setFont(font);
        const bool isLocation = index.data(ConversationModel::KindRole).toString() == u"location"_s;
        painter->setPen(isLocation ? pal.color(QPalette::Link) : ink);
        painter->drawText(l.media.adjusted(0, 4, 0, -4), Qt::TextWordWrap | Qt::AlignBottom, l.mediaText);
        paintThumbnail(painter, l, index);
    }
    if (!l.text.isNull()) {
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(l.text, Qt::TextWordWrap, l.bodyText);
    }
    painter->setFont(smallFont(font));
    painter->setPen(dim);
    const QRect timeRect = !l.ticks.isNull() ? l.footer.adjusted(0, 0, -(TicksWidth + 4), 0) : l.footer;
    painter->drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter, l.timeText);
    if (l.outgoing && !l.note)
        paintTicks(painter, l.ticks, index.data(ConversationModel::StatusRole).toString(), pal);

    if (!l.reaction.isNull()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(l.reaction, l.reaction.height() / 2.0, l.reaction.height() / 2.0);
        painter->setFont(font);
        painter->setPen(ink);
        painter->drawText(l.reaction, Qt::AlignCenter, l.reactionText);
    }
    painter->restore();
}

void MessageDelegate::paintTicks(
    QPainter* painter, const QRect& rect, const QString& status, const QPalette& pal)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF c = QRectF(rect).center();
    const double s = qMin(rect.height(), rect.width()) / 2.0 - 1;
    const QColor dim = pal.color(QPalette::Disabled, QPalette::Text);
    const auto check = [&](double dx, const QColor& color) {
        QPainterPath path;
        path.moveTo(c.x() - s * 0.7 + dx, c.y());
        path.lineTo(c.x() - s * 0.25 + dx, c.y() + s * 0.5);
        path.lineTo(c.x() + s * 0.6 + dx, c.y() - s * 0.55);
        painter->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    };
    if (status == u"sent"_s) {
        check(0, dim);
    } else if (status == u"delivered"_s || status == u"read"_s) {
        const QColor color = status == u"read"_s ? QColor(0x34, 0xb7, 0xf1) : dim;
        check(-s * 0.3, color);
        check(s * 0.3, color);
    } else if (status == u"failed"_s) {
        const QColor red = ThemeColors::danger(pal);
        painter->setPen(Qt::NoPen);
        painter->setBrush(red);
        painter->drawEllipse(c, s * 0.8, s * 0.8);
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(c.x(), c.y() - s * 0.45), QPointF(c.x(), c.y() + s * 0.1));
        painter->drawPoint(QPointF(c.x(), c.y() + s * 0.42));
    } else if (!status.isEmpty() && status != u"received"_s) {
        // pending / queued: a small clock.
        painter->setPen(QPen(dim, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, s * 0.7, s * 0.7);
        painter->drawLine(c, QPointF(c.x(), c.y() - s * 0.45));
        painter->drawLine(c, QPointF(c.x() + s * 0.35, c.y()));
    }
    painter->restore();
}

bool MessageDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (!event || !index.isValid())
        return false;
    const MessageLayout l = layout(option, index);
    const QString status = index.data(ConversationModel::StatusRole).toString();
    QString tip;
    if (l.ticks.contains(event->pos()) || (status == u"failed"_s && l.bubble.contains(event->pos()))) {
        tip = ConsoleText::deliveryStatus(status);
        const QString error = index.data(ConversationModel::ErrorRole).toString();
        if (status == u"failed"_s && !error.isEmpty())
            tip = tr("Failed: %1").arg(error);
    } else if (l.media.contains(event->pos())
        && index.data(ConversationModel::KindRole).toString() == u"location"_s) {
        tip = mapUrl(index).toString();
    } else if (l.media.contains(event->pos()) && opensMedia(index)) {
        tip = tr("Click to open");
    }
    if (tip.isEmpty())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), tip, view->viewport(), l.bubble);
    return true;
}

bool MessageDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease
        && index.data(ConversationModel::KindRole).toString() == u"location"_s) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (layout(option, index).media.contains(mouse->position().toPoint())) {
            Q_EMIT linkActivated(mapUrl(index));
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonRelease && opensMedia(index)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (layout(option, index).media.contains(mouse->position().toPoint())) {
            Q_EMIT mediaActivated(index.data(ConversationModel::MessageIdRole).toLongLong());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void MessageDelegate::paintThumbnail(
    QPainter* painter, const MessageLayout& l, const QModelIndex& index) const
{
    // The photo fills the picture area the layout keeps above the label.
    if (!m_thumbnails || index.data(ConversationModel::KindRole).toString() != u"image"_s)
        return;
    const QImage image = m_thumbnails->thumbnail(index.data(ConversationModel::MessageIdRole).toLongLong());
    if (image.isNull())
        return;
    const QRect area(l.media.left() + 4, l.media.top() + 4, l.media.width() - 8, PictureHeight - 8);
    QRect target(QPoint(0, 0), image.size().scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, image);
}

bool MessageDelegate::opensMedia(const QModelIndex& index)
{
    // A pending echo has no server id yet: nothing to fetch.
    static const QStringList kinds {u"image"_s, u"video"_s, u"audio"_s, u"sticker"_s, u"document"_s};
    return index.data(ConversationModel::MessageIdRole).toLongLong() > 0
        && kinds.contains(index.data(ConversationModel::KindRole).toString());
}

} // namespace Atendo
