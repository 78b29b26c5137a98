// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace clinicdesk::ThemedIcon {

namespace {

class SvgColourEngine : public QIconEngine {
public:
    SvgColourEngine(QByteArray svg, QColor normal, QColor selected, QColor disabled)
        : m_svg(std::move(svg))
        , m_normal(normal)
        , m_selected(selected)
        , m_disabled(disabled) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        QByteArray coloured = m_svg;
        coloured.replace("currentColor", colourFor(mode, state).name().toLatin1());
        QSvgRenderer renderer(coloured);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        const QSize device = size * scale;
        QPixmap pixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), device), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new SvgColourEngine(m_svg, m_normal, m_selected, m_disabled); }

private:
    [[nodiscard]] QColor colourFor(QIcon::Mode mode, QIcon::State state) const {
        if (mode == QIcon::Disabled) {
            return m_disabled;
        }
        if (mode == QIcon::Selected || state == QIcon::On) {
            return m_selected;
        }
        return m_normal;
    }

    QByteArray m_svg;
    QColor m_normal;
    QColor m_selected;
    QColor m_disabled;
};

} // namespace

QIcon make(const QString& name, const QWidget* widget) {
    QFile file(QStringLiteral(":/ui/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QPalette palette = widget != nullptr ? widget->palette() : QApplication::palette();
    return QIcon(new SvgColourEngine(file.readAll(), palette.color(QPalette::WindowText),
                                     palette.color(QPalette::Highlight),
                                     palette.color(QPalette::Disabled, QPalette::WindowText)));
}

} // namespace clinicdesk::ThemedIcon
