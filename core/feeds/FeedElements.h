// Finding children in a feed's element tree by namespace and local name, and the parts RSS and
// Atom share (Atom links, which RSS 2.0 feeds also embed as atom:link).
#pragma once

#include "XmlTree.h"

#include <QUrl>

#include <functional>

namespace gloss {

using NamespaceTest = std::function<bool(QStringView)>;

// The first child named `name` whose namespace passes `ns`, or nullptr.
const XmlElement *firstChild(const XmlElement &parent, const NamespaceTest &ns, QStringView name);
const XmlElement *firstChild(const XmlElement &parent, QStringView ns, QStringView name);
QList<const XmlElement *> children(const XmlElement &parent, const NamespaceTest &ns, QStringView name);

// The href of the first alternate <link> (rel="alternate" or none; text/html preferred) among
// Atom links in either Atom namespace.
QUrl atomAlternateLink(const XmlElement &parent, const NamespaceTest &ns);

} // namespace gloss
