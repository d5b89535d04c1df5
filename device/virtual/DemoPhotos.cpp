#include "device/virtual/DemoPhotos.h"

#include "device/virtual/DemoRandom.h"
#include "device/virtual/JpegWriter.h"

#include <QTimeZone>

namespace Lifeboat {

namespace {

constexpr int PictureCount = 8;
constexpr int Width = 320, Height = 240;
constexpr int ThumbWidth = 160, ThumbHeight = 120;

struct Camera
{
    const char *make;
    const char *model;
};
const Camera Cameras[] = {{"Google", "Pixel 7"}, {"Apple", "iPhone 12"}, {"samsung", "SM-G991B"},
                          {"Fairphone", "FP4"}};

// A landscape-like picture: a sky gradient, ground, a sun; colours from the seed.
QByteArray pixels(quint64 seed, int variant, int width, int height)
{
    DemoRandom random(DemoRandom::derive(seed, 9, quint64(variant)));
    const int skyR = random.below(120), skyG = 80 + random.below(120), skyB = 150 + random.below(100);
    const int groundR = 40 + random.below(120), groundG = 60 + random.below(150), groundB = random.below(80);
    const int horizon = height / 2 + random.below(height / 4);
    const int sunX = random.below(width), sunY = random.below(horizon), sunR = 10 + random.below(30);
    QByteArray rgb(qsizetype(width) * height * 3, Qt::Uninitialized);
    char *p = rgb.data();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            int r, g, b;
            const int dx = x - sunX, dy = y - sunY;
            if (dx * dx + dy * dy < sunR * sunR) {
                r = 255; g = 230; b = 120;
            } else if (y < horizon) {
                r = skyR + y * 60 / height; g = skyG + y * 40 / height; b = skyB;
            } else {
                const int noise = int((DemoRandom::mix(quint64(y) * 7919 + quint64(x)) & 31));
                r = groundR + noise; g = groundG + noise; b = groundB + noise / 2;
            }
            *p++ = char(qMin(r, 255));
            *p++ = char(qMin(g, 255));
            *p++ = char(qMin(b, 255));
        }
    }
    return rgb;
}

// Halves the picture by averaging 2x2 blocks, as a camera's thumbnail would look.
QByteArray halved(const QByteArray &rgb, int width, int height)
{
    QByteArray out(qsizetype(width / 2) * (height / 2) * 3, Qt::Uninitialized);
    for (int y = 0; y < height / 2; ++y) {
        for (int x = 0; x < width / 2; ++x) {
            for (int c = 0; c < 3; ++c) {
                auto at = [&](int xx, int yy) { return int(quint8(rgb[(qsizetype(yy) * width + xx) * 3 + c])); };
                const int sum = at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1)
                                + at(2 * x + 1, 2 * y + 1);
                out[(qsizetype(y) * (width / 2) + x) * 3 + c] = char(sum / 4);
            }
        }
    }
    return out;
}

} // namespace

Result<DemoPhotos> DemoPhotos::create(quint64 seed)
{
    DemoPhotos photos(seed);
    for (int variant = 0; variant < PictureCount; ++variant) {
        const QByteArray rgb = pixels(seed, variant, Width, Height);
        const Result<QByteArray> main = JpegWriter::compress(rgb, Width, Height, 88);
        if (!main)
            return main.error();
        const Result<QByteArray> thumb =
            JpegWriter::compress(halved(rgb, Width, Height), ThumbWidth, ThumbHeight, 75);
        if (!thumb)
            return thumb.error();
        auto picture = std::make_shared<DemoPicture>();
        picture->body = JpegWriter::bodyAfterSoi(*main);
        picture->thumbnail = *thumb;
        picture->width = Width;
        picture->height = Height;
        photos.m_pictures.append(std::move(picture));
    }
    return photos;
}

QString DemoPhotos::fileName(int index) const
{
    return QStringLiteral("IMG_%1_%2.jpg")
        .arg(takenAt(index).toString(QStringLiteral("yyyyMMdd_HHmmss")))
        .arg(index + 1, 4, 10, QLatin1Char('0'));
}

QDateTime DemoPhotos::takenAt(int index) const
{
    DemoRandom random(DemoRandom::derive(m_seed, 10, quint64(index)));
    return QDateTime(QDate(2023, 4, 1), QTime(9, 0), QTimeZone::utc())
        .addSecs(qint64(index) * 5 * 3600 + random.below(3 * 3600));
}

std::shared_ptr<DemoPhotoSource> DemoPhotos::photo(int index, quint64 wantedSize) const
{
    DemoRandom random(DemoRandom::derive(m_seed, 11, quint64(index)));
    const Camera &camera = Cameras[random.below(int(std::size(Cameras)))];
    ExifBuilder exif;
    exif.make = QString::fromLatin1(camera.make);
    exif.model = QString::fromLatin1(camera.model);
    exif.taken = takenAt(index);
    const auto &picture = m_pictures.at(random.below(int(m_pictures.size())));
    return std::make_shared<DemoPhotoSource>(picture, exif, DemoRandom::derive(m_seed, 12, quint64(index)),
                                             wantedSize);
}

const QByteArray &DemoPhotos::portrait(int index) const
{
    return m_pictures.at(index % m_pictures.size())->thumbnail;
}

} // namespace Lifeboat
