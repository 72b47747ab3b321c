// The pages of the PDF export: articles made into content (PdfArticle.h) placed one after another on
// A4 pages, numbered at the foot, and written to the file (PdfFile.h) page by page. An article that
// does not fit in what is left of a page starts a new one; one longer than a page goes on over the
// next pages, cut between lines. Coordinates are the PDF's pixels (1200 to the inch), y downwards,
// from the top left of the page's text area.
#pragma once

#include "PdfArticle.h"
#include "PdfFile.h"

#include <QFont>
#include <QPageLayout>

#include <optional>

class QIODevice;

namespace gloss {

class PdfFontSet;

// The page's size and margins, in the PDF's pixels.
struct PdfPageGeometry {
    static constexpr int Resolution = PdfStyle::Resolution;
    QPageLayout layout;
    qreal scale = 1;      // the PDF's pixels to a document pixel (PdfStyle)
    qreal margin = 0;     // QTextDocument's around the text, left and right and above each article
    qreal width = 0;      // the text area's
    qreal textWidth = 0;  // the blocks': the page's less the document margins
    qreal height = 0;     // for content, the footer excluded
    qreal footer = 0;
    int footerPixelSize = 0; // at the PDF's resolution

    static PdfPageGeometry a4();
};

class PdfPages {
public:
    PdfPages(QIODevice *device, const QString &title, const PdfPageGeometry &geometry, PdfFontSet &fonts);
    ~PdfPages();

    void draw(const PdfArticleContent &article);
    // The last page, the fonts (all threads' glyphs merged into `fonts` by now) and the file's end;
    // on the thread that drew the pages.
    bool finish();
    bool failed() const { return m_file.failed(); }

private:
    // What of a block goes on the current page.
    struct Piece {
        const PdfBlockContent *block = nullptr;
        qreal origin = 0; // where the article's top is on the page
        int first = 0;    // the lines [first, end)
        int end = 0;
        qreal from = 0;   // of a rich comment, the part [from, to)
        qreal to = 0;
    };

    qreal placeText(const PdfBlockContent &block, qreal origin);
    qreal placeDocument(const PdfBlockContent &block, qreal origin);
    void flush();
    void newPage();
    void endPage();
    void footer();
    void link(const QRectF &rect, const QByteArray &uri);
    QRectF toPoints(const QRectF &rect) const;

    PdfPageGeometry m_geometry;
    PdfFontSet &m_fonts;
    PdfFile m_file;
    QString m_title;
    int m_pages = 0;     // the page tree's object
    int m_resources = 0; // one resource dictionary for every page
    QList<int> m_kids;
    QByteArray m_content; // of the current page
    QList<int> m_annotations;
    std::vector<Piece> m_pieces; // placed on the current page, not drawn yet
    PdfGlyphUse m_use;            // the footer's
    std::unique_ptr<PdfFaceCache> m_faces;
    std::unique_ptr<PdfText> m_text;
    std::optional<QFont> m_footerFont;
    qreal m_y = 0; // where the next article goes on the current page
};

} // namespace gloss
