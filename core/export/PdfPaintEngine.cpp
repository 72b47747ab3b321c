#include "PdfPaintEngine.h"

#include "PdfSyntax.h"

#include <QPainterPath>
#include <QTextLayout>

namespace gloss {

class PdfPaintEngine final : public QPaintEngine {
public:
    explicit PdfPaintEngine(PdfText &text) : QPaintEngine(QPaintEngine::AllFeatures), m_text(text) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & DirtyPen)
            m_pen = state.pen();
        if (state.state() & DirtyBrush)
            m_brush = state.brush();
        if (state.state() & DirtyTransform)
            m_transform = state.transform();
    }

    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}

    void drawPath(const QPainterPath &path) override
    {
        const bool fill = m_brush.style() != Qt::NoBrush;
        const bool stroke = m_pen.style() != Qt::NoPen;
        if (path.isEmpty() || (!fill && !stroke))
            return;
        begin();
        if (fill)
            PdfText::appendColour(m_content, m_brush.color().rgb(), "rg");
        if (stroke) {
            PdfText::appendColour(m_content, m_pen.color().rgb(), "RG");
            // A cosmetic pen's width is in device pixels, whatever the transform.
            const qreal scale = m_transform.m11() != 0 ? std::abs(m_transform.m11()) : 1;
            pdf::appendReal(m_content, m_pen.isCosmetic() ? m_pen.widthF() / scale : m_pen.widthF());
            m_content.append(" w\n");
        }
        PdfText::appendPath(m_content, path);
        const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
        m_content.append(fill && stroke ? (evenOdd ? "B*" : "B") : fill ? (evenOdd ? "f*" : "f") : "S");
        m_content.append("\nQ\n");
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode != PolylineMode)
            path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        const QBrush brush = m_brush;
        if (mode == PolylineMode)
            m_brush = Qt::NoBrush;
        drawPath(path);
        m_brush = brush;
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // The item holds text and font, not the glyphs QTextDocument shaped: shaped again here, which
        // is the same glyphs at the same advances (QTextDocument's justification aside).
        QTextLayout layout(item.text(), item.font());
        QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
        option.setTextDirection((item.renderFlags() & QTextItem::RightToLeft) ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid())
            return;
        line.setLineWidth(1e9);
        layout.endLayout();
        const QString text = item.text();
        const QList<QTextLayout::FormatRange> none;
        PdfColours colours(m_pen.color().rgb(), none);
        std::vector<PdfFill> fills;
        begin();
        m_content.append("BT\n");
        m_text.restate();
        m_text.line(line, text, colours, QPointF(p.x(), p.y() - line.ascent()), m_content, fills);
        m_content.append("ET\n");
        for (const PdfFill &f : fills) {
            PdfText::appendColour(m_content, f.colour, "rg");
            if (f.path.isEmpty())
                PdfText::appendRect(m_content, f.rect);
            else
                m_content.append(f.path);
            m_content.append("f\n");
        }
        m_content.append("Q\n");
    }

    QByteArray m_content;

private:
    // Saves the graphics state and applies the painter's transform; each drawing ends with Q.
    void begin()
    {
        m_content.append("q ");
        for (qreal v : {m_transform.m11(), m_transform.m12(), m_transform.m21(), m_transform.m22(), m_transform.dx(), m_transform.dy()}) {
            pdf::appendReal(m_content, v);
            m_content.append(' ');
        }
        m_content.append("cm\n");
    }

    PdfText &m_text;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
};

PdfPaintDevice::PdfPaintDevice(PdfText &text, QSizeF size, qreal dpi)
    : m_engine(std::make_unique<PdfPaintEngine>(text)), m_size(size), m_dpi(dpi)
{
}

PdfPaintDevice::~PdfPaintDevice() = default;

QPaintEngine *PdfPaintDevice::paintEngine() const
{
    return m_engine.get();
}

const QByteArray &PdfPaintDevice::content() const
{
    return m_engine->m_content;
}

int PdfPaintDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return int(m_size.width());
    case PdmHeight:
        return int(m_size.height());
    case PdmWidthMM:
        return int(m_size.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return int(m_size.height() * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return int(m_dpi);
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return 0;
    }
}

} // namespace gloss
