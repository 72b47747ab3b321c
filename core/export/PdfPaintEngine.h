// A paint device whose painting becomes PDF content (PdfText.h for the text): for what QTextDocument
// draws in the PDF export, the rich comments (lists, tables, code blocks, rules). Solid fills and
// strokes, paths and text; no images, which comments do not have (they show their alt text).
#pragma once

#include "PdfText.h"

#include <QPaintDevice>
#include <QPaintEngine>

#include <memory>

namespace gloss {

class PdfPaintEngine;

class PdfPaintDevice : public QPaintDevice {
public:
    // `dpi`: the resolution the painted document was laid out for (the screen's).
    PdfPaintDevice(PdfText &text, QSizeF size, qreal dpi);
    ~PdfPaintDevice() override;
    QPaintEngine *paintEngine() const override;
    // The content painted so far: self-contained (it saves and restores the graphics state).
    const QByteArray &content() const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<PdfPaintEngine> m_engine;
    QSizeF m_size;
    qreal m_dpi;
};

} // namespace gloss
