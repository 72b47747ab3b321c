// Reading a gloss-notes document (docs/export-formats.md, "JSON") back into the export's value
// types, strictly: another format or a newer version is refused, and so is any member of the wrong
// type, an unknown kind/state/quote kind, or a position outside the article's text — each with the
// place in the document that is wrong. Keys a later version 1 may add are ignored, as the format
// promises. Pure: no library involved, so a refused file has touched nothing.
#pragma once

#include "export/ExportData.h"
#include "store/Result.h"

#include <QJsonObject>

namespace gloss {

inline constexpr int GlossNotesVersion = 1;

struct GlossNotesDocument {
    QList<ExportedArticle> articles;
    QList<ExportedSpeaker> speakers;
    QStringList tags;
};

Result<GlossNotesDocument> parseGlossNotes(const QJsonObject &root);

} // namespace gloss
