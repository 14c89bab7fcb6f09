#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// Colours for inline status text (an error beside a field, a warning, a confirmation) that keep
// their contrast on light and dark palettes alike: the dark red that reads well on white is
// nearly invisible on a dark grey, so dark palettes get lighter tones.
namespace StatusColors {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
            < palette.color(QPalette::WindowText).lightness();
}

inline QColor error(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

inline QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
}

inline QColor success(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7f, 0xdc, 0x8f) : QColor(0x1e, 0x7b, 0x34);
}

// For QWidget::setStyleSheet, e.g. label->setStyleSheet(StatusColors::textStyle(error(p))).
inline QString textStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

// The same, in bold: for a verdict that must stand out from the text around it.
inline QString boldTextStyle(const QColor &color)
{
    return textStyle(color) + QStringLiteral(" font-weight: bold;");
}

} // namespace StatusColors
