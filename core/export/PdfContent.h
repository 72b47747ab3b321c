// What the PDF export prints, as blocks (PdfBlocks.h): the HTML export's content and look
// (HtmlWriter.cpp) block for block, with the margins and formats QTextDocument gives that markup
// under HtmlWriter::styleSheet(). A change to either file belongs in the other one too.
#pragma once

#include "ExportData.h"
#include "PdfBlocks.h"

namespace gloss {

PdfBlocks pdfHeaderBlocks(const ExportHeader &header, const PdfStyle &style);
PdfBlocks pdfArticleBlocks(const ExportedArticle &article, const PdfStyle &style);
// A comment's Markdown: paragraphs with inline formatting become blocks of their own; a comment with
// more structure (lists, quotes, code blocks, headings, rules, tables, named entities) becomes one
// block laid out by QTextDocument from the HTML export's markup for it (commentHtml()).
void appendPdfComment(PdfBlocks &blocks, const QString &markdown, const PdfStyle &style);

} // namespace gloss
