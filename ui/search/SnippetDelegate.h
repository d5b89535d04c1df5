#pragma once

#include <QStyledItemDelegate>

namespace Lifeboat {

// Paints a search snippet with the matched words (in [brackets] from Archive::search) in bold,
// in the palette's text colours.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SnippetDelegate(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SnippetDelegate)

    static QString toHtml(const QString &snippet);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Lifeboat
