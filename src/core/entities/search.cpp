#include "core/entities/search.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

// v1 search returned hashtags as bare names; v2 as Tag objects. Anything else in the list is
// dropped: a missing hashtag suggestion is harmless.
ReadStatus readHashtags(Search &out, const QJsonValue &v, const Path &p, ParseError &err)
{
    if (v.isNull() || v.isUndefined())
        return ReadStatus::Ok;
    if (!v.isArray())
        return ReadStatus::Unusable;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        Tag tag;
        if (element.isString()) {
            tag.name = element.toString();
            out.hashtags.append(std::move(tag));
        } else if (readJson(element, tag, p.at(i), err)) {
            out.hashtags.append(std::move(tag));
        } else {
            err = {};
        }
    }
    return ReadStatus::Ok;
}

const Schema<Search> &searchSchema()
{
    static const Schema<Search> s(
        "Search", {
                      field<&Search::accounts>("accounts"),
                      field<&Search::statuses>("statuses"),
                      Field<Search>{QStringLiteral("hashtags"), &readHashtags,
                                    [](const Search &e, QJsonObject &o, const QString &k) {
                                        o.insert(k, Codec<QList<Tag>>::write(e.hashtags, 0));
                                    },
                                    0},
                  });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(Search, searchSchema)

} // namespace tusk
