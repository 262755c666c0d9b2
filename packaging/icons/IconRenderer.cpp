// Renders the one SVG icon into every file an installer needs, at build time, with Qt's own SVG
// renderer (the same one the running app uses), so the icons never drift from resources/.
//   ringback_icon_renderer <icon.svg> <output folder>
// writes hicolor/<n>x<n>/apps/ringback.png, ringback.ico (Windows) and ringback.icns (macOS).
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

void appendLe16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void appendLe32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void appendBe32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

// An .ico whose entries are PNG images (read by Windows Vista and later).
QByteArray icoOf(const std::vector<std::pair<int, QByteArray>>& pngs)
{
    QByteArray out;
    appendLe16(out, 0);
    appendLe16(out, 1); // icon
    appendLe16(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto& [size, png] : pngs) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        appendLe16(out, 1);  // planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(png.size()));
        appendLe32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto& entry : pngs)
        out.append(entry.second);
    return out;
}

// An .icns of PNG entries, with the type codes macOS 10.7 and later read.
QByteArray icnsOf(const std::vector<std::pair<QByteArray, QByteArray>>& typedPngs)
{
    QByteArray body;
    for (const auto& [type, png] : typedPngs) {
        body.append(type);
        appendBe32(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char** argv)
{
    // Nothing is shown: the offscreen platform lets this run in a build without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: ringback_icon_renderer <icon.svg> <output folder>\n", stderr);
        return 64;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "%s is not a readable SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));

    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        ok = ok && writeFile(out.filePath(QStringLiteral("hicolor/%1x%1/apps/ringback.png").arg(size)),
                             renderPng(svg, size));
    }
    std::vector<std::pair<int, QByteArray>> ico;
    for (int size : {16, 24, 32, 48, 64, 256})
        ico.emplace_back(size, renderPng(svg, size));
    ok = ok && writeFile(out.filePath(QStringLiteral("ringback.ico")), icoOf(ico));

    const std::vector<std::pair<QByteArray, QByteArray>> icns = {
        {"icp4", renderPng(svg, 16)},   {"icp5", renderPng(svg, 32)},  {"icp6", renderPng(svg, 64)},
        {"ic07", renderPng(svg, 128)},  {"ic08", renderPng(svg, 256)}, {"ic09", renderPng(svg, 512)},
        {"ic10", renderPng(svg, 1024)},
    };
    ok = ok && writeFile(out.filePath(QStringLiteral("ringback.icns")), icnsOf(icns));
    if (!ok) {
        std::fprintf(stderr, "could not write the icons into %s\n", qPrintable(out.absolutePath()));
        return 1;
    }
    return 0;
}
