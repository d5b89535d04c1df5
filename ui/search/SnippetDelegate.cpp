#include "ui/search/SnippetDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Lifeboat {

SnippetDelegate::SnippetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString SnippetDelegate::toHtml(const QString &snippet)
{
    QString html;
    bool bold = false;
    for (const QChar c : snippet) {
        if (c == u'[' && !bold) {
            html += QStringLiteral("<b>");
            bold = true;
        } else if (c == u']' && bold) {
            html += QStringLiteral("</b>");
            bold = false;
        } else {
            html += QString(c).toHtmlEscaped();
        }
    }
    if (bold)
        html += QStringLiteral("</b>");
    return html;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString snippet = item.text;
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    document.setDefaultFont(item.font);
    document.setDocumentMargin(0);
    document.setHtml(toHtml(snippet));
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = item.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, item.palette.color(selected ? QPalette::HighlightedText
                                                                          : QPalette::Text));
    painter->save();
    painter->translate(textRect.left(), textRect.top() + (textRect.height() - document.size().height()) / 2);
    painter->setClipRect(QRectF(0, 0, textRect.width(), textRect.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Lifeboat
