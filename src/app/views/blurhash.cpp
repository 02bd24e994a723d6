#include "blurhash.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace tusk::views {
namespace {

constexpr char kAlphabet[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

// -1 for characters outside the base-83 alphabet.
int digitOf(QChar c)
{
    static const std::array<int, 128> table = [] {
        std::array<int, 128> t{};
        t.fill(-1);
        for (int i = 0; i < 83; ++i)
            t[static_cast<unsigned char>(kAlphabet[i])] = i;
        return t;
    }();
    const char16_t u = c.unicode();
    return u < 128 ? table[u] : -1;
}

// -1 if any character is invalid.
qint64 decode83(QStringView s)
{
    qint64 value = 0;
    for (QChar c : s) {
        const int d = digitOf(c);
        if (d < 0)
            return -1;
        value = value * 83 + d;
    }
    return value;
}

double srgbToLinear(int value)
{
    const double v = value / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

int linearToSrgb(double value)
{
    const double v = std::clamp(value, 0.0, 1.0);
    const double s = v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1.0 / 2.4) - 0.055;
    return int(s * 255.0 + 0.5);
}

double signedPow(double value, double exp)
{
    return std::copysign(std::pow(std::abs(value), exp), value);
}

struct Linear {
    double r = 0, g = 0, b = 0;
};

} // namespace

bool isValidBlurhash(const QString &hash)
{
    if (hash.size() < 6)
        return false;
    const qint64 sizeFlag = decode83(QStringView(hash).left(1));
    if (sizeFlag < 0)
        return false;
    const int numX = int(sizeFlag % 9) + 1;
    const int numY = int(sizeFlag / 9) + 1;
    return hash.size() == 4 + 2 * numX * numY &&
           std::all_of(hash.begin(), hash.end(), [](QChar c) { return digitOf(c) >= 0; });
}

QImage decodeBlurhash(const QString &hash, QSize size, double punch)
{
    if (!isValidBlurhash(hash) || size.isEmpty() || size.width() > 4096 || size.height() > 4096)
        return {};
    const QStringView h(hash);
    const qint64 sizeFlag = decode83(h.left(1));
    const int numX = int(sizeFlag % 9) + 1;
    const int numY = int(sizeFlag / 9) + 1;
    const double maxValue = double(decode83(h.mid(1, 1)) + 1) / 166.0 * punch;

    std::vector<Linear> colors(size_t(numX * numY));
    const qint64 dc = decode83(h.mid(2, 4));
    colors[0] = {srgbToLinear(int(dc >> 16)), srgbToLinear(int((dc >> 8) & 255)),
                 srgbToLinear(int(dc & 255))};
    for (int i = 1; i < numX * numY; ++i) {
        const qint64 v = decode83(h.mid(4 + i * 2, 2));
        const auto component = [&](qint64 q) { return signedPow((q - 9) / 9.0, 2.0) * maxValue; };
        colors[size_t(i)] = {component(v / (19 * 19)), component((v / 19) % 19), component(v % 19)};
    }

    const int w = size.width();
    const int hgt = size.height();
    // Cosines per axis computed once: the image is small, but a grid of tiles decodes many.
    std::vector<double> cosX(size_t(w * numX)), cosY(size_t(hgt * numY));
    for (int x = 0; x < w; ++x)
        for (int i = 0; i < numX; ++i)
            cosX[size_t(x * numX + i)] = std::cos(M_PI * x * i / w);
    for (int y = 0; y < hgt; ++y)
        for (int j = 0; j < numY; ++j)
            cosY[size_t(y * numY + j)] = std::cos(M_PI * y * j / hgt);

    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < hgt; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            Linear sum;
            for (int j = 0; j < numY; ++j) {
                for (int i = 0; i < numX; ++i) {
                    const double basis = cosX[size_t(x * numX + i)] * cosY[size_t(y * numY + j)];
                    const Linear &c = colors[size_t(i + j * numX)];
                    sum.r += c.r * basis;
                    sum.g += c.g * basis;
                    sum.b += c.b * basis;
                }
            }
            line[x] = qRgb(linearToSrgb(sum.r), linearToSrgb(sum.g), linearToSrgb(sum.b));
        }
    }
    return image;
}

} // namespace tusk::views
