#include "console/templatepreview.h"

#include "console/bubblepainter.h"
#include "console/themecolors.h"

#include <QPainter>

namespace Atendo {

namespace {
constexpr int Margin = 6;
constexpr int ButtonHeight = 28;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}
} // namespace

TemplatePreview::TemplatePreview(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Template preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TemplatePreview::setRendered(const RenderedTemplate& rendered)
{
    m_rendered = rendered;
    m_empty = false;
    setAccessibleDescription(plainText());
    updateGeometry();
    update();
}

void TemplatePreview::clear()
{
    m_rendered = {};
    m_empty = true;
    updateGeometry();
    update();
}

QString TemplatePreview::headerText() const
{
    switch (m_rendered.headerFormat) {
    case HeaderFormat::None:
        return {};
    case HeaderFormat::Text:
        return m_rendered.header;
    case HeaderFormat::Image:
        return tr("[Image] %1").arg(m_rendered.header);
    case HeaderFormat::Video:
        return tr("[Video] %1").arg(m_rendered.header);
    case HeaderFormat::Document:
        return tr("[Document] %1").arg(m_rendered.header);
    case HeaderFormat::Location:
        return tr("[Location]");
    }
    return {};
}

QString TemplatePreview::plainText() const
{
    QStringList parts;
    if (!headerText().isEmpty())
        parts << headerText();
    parts << m_rendered.body;
    if (!m_rendered.footer.isEmpty())
        parts << m_rendered.footer;
    for (const QString& button : m_rendered.buttons)
        parts << QLatin1Char('[') + button + QLatin1Char(']');
    return parts.join(QLatin1Char('\n'));
}

TemplatePreview::Layout TemplatePreview::layoutFor(int width) const
{
    Layout layout;
    if (m_empty)
        return layout;
    const int bubbleWidth = qMax(120, width - 2 * Margin);
    const int textWidth = bubbleWidth - 2 * BubblePainter::Padding;
    const int left = Margin + BubblePainter::Padding;
    int y = Margin + BubblePainter::Padding;
    const auto block = [&](const QFont& font, const QString& text) {
        if (text.isEmpty())
            return QRect();
        const QRect r = QFontMetrics(font).boundingRect(
            QRect(left, y, textWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft, text);
        const QRect placed(left, y, textWidth, r.height());
        y += r.height() + 4;
        return placed;
    };
    layout.header = block(boldFont(font()), headerText());
    layout.body = block(font(), m_rendered.body);
    layout.footer = block(smallFont(font()), m_rendered.footer);
    y += BubblePainter::Padding - 4;
    for (int i = 0; i < m_rendered.buttons.size(); ++i) {
        layout.buttons << QRect(Margin, y, bubbleWidth, ButtonHeight);
        y += ButtonHeight;
    }
    layout.bubble = QRect(Margin, Margin, bubbleWidth, y - Margin);
    layout.height = y + Margin;
    return layout;
}

QSize TemplatePreview::sizeHint() const
{
    return {320, qMax(60, heightForWidth(320))};
}

int TemplatePreview::heightForWidth(int width) const
{
    return layoutFor(width).height;
}

void TemplatePreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_empty) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Choose a template to see it here."));
        return;
    }
    const Layout layout = layoutFor(width());
    BubblePainter::paintBubble(&painter, layout.bubble, ThemeColors::outgoingBubble(palette()), palette());
    painter.setPen(palette().color(QPalette::Text));
    if (ThemeColors::isDark(palette()))
        painter.setPen(Qt::white);
    else
        painter.setPen(Qt::black);
    painter.setFont(boldFont(font()));
    painter.drawText(layout.header, Qt::TextWordWrap, headerText());
    painter.setFont(font());
    painter.drawText(layout.body, Qt::TextWordWrap, m_rendered.body);
    painter.setFont(smallFont(font()));
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(layout.footer, Qt::TextWordWrap, m_rendered.footer);
    painter.setFont(font());
    for (int i = 0; i < layout.buttons.size(); ++i) {
        const QRect r = layout.buttons.at(i);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(r.topLeft() + QPoint(4, 0), r.topRight() - QPoint(4, 0));
        painter.setPen(palette().color(QPalette::Link));
        painter.drawText(r, Qt::AlignCenter, m_rendered.buttons.at(i));
    }
}

} // namespace Atendo
