#pragma once

#include "core/templaterenderer.h"

#include <QWidget>

namespace Atendo {

// The picker's live preview: the rendered template drawn as the outgoing bubble it
// will become (header, body, footer, buttons). Unfilled variables stay visible as
// {{key}} so the agent sees what is left.
class TemplatePreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    explicit TemplatePreview(QWidget* parent = nullptr);

    void setRendered(const RenderedTemplate& rendered);
    void clear();
    [[nodiscard]] const RenderedTemplate& rendered() const { return m_rendered; }
    // Header, body, footer and buttons as plain text (accessibility, tests).
    [[nodiscard]] QString plainText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
        QRect footer;
        QList<QRect> buttons;
        int height {0};
    };
    [[nodiscard]] Layout layoutFor(int width) const;
    [[nodiscard]] QString headerText() const;

    RenderedTemplate m_rendered;
    bool m_empty {true};
};

} // namespace Atendo
