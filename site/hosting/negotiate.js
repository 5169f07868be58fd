// civicgraph: the representation an entity IRI answers with, chosen by the request's Accept header
// (nginx JavaScript module, https://nginx.org/en/docs/njs/). It follows Apache's mod_negotiation
// (https://httpd.apache.org/docs/2.4/en/content-negotiation.html), which serves the same site from
// the type maps (.var) beside the pages, so both hosts answer alike:
// - each variant takes the q of the most specific range that matches it (type/subtype, then type/*,
//   then */*; the first of equally specific ones), 0 when none does;
// - when the header states no q at all, */* counts 0.01 and type/* 0.02, so "text/turtle, */*"
//   asks for Turtle (Apache's rule for clients that list */* without weighing it);
// - the score is q times the variant's source quality (qs), the server's preference between equal
//   q-values (HTML, then Turtle, JSON-LD, N-Triples);
// - the highest score wins; none above 0 answers 406 Not Acceptable. No header is "*/*".
var VARIANTS = /* civicgraph:variants */[];

function ranges(header) {
    return header.split(",").map(function (part) {
        var params = part.split(";");
        var range = { type: params[0].trim().toLowerCase(), q: 1, stated: false };
        params.slice(1).forEach(function (param) {
            var pair = param.split("=");
            if (pair[0].trim().toLowerCase() === "q" && pair.length === 2) {
                var q = parseFloat(pair[1].trim());
                range.q = isNaN(q) ? 0 : Math.min(Math.max(q, 0), 1);
                range.stated = true;
            }
        });
        return range;
    }).filter(function (range) { return range.type.length > 0; });
}

function specificity(range, media) {
    if (range.type === "*/*") return 1;
    if (range.type.endsWith("/*") && media.startsWith(range.type.slice(0, -1))) return 2;
    return range.type === media ? 3 : 0;
}

function quality(accepted, stated, media) {
    var best = 0, q = 0;
    accepted.forEach(function (range) {
        var stars = specificity(range, media);
        if (stars > best) {
            best = stars;
            q = stated || stars === 3 ? range.q : (stars === 1 ? 0.01 : 0.02);
        }
    });
    return q;
}

function extension(r) {
    var accepted = ranges(r.headersIn.Accept || "*/*");
    var stated = accepted.some(function (range) { return range.stated; });
    var chosen = "", top = 0;
    VARIANTS.forEach(function (variant) {
        var score = quality(accepted, stated, variant.media) * variant.qs;
        if (score > top) {
            top = score;
            chosen = variant.extension;
        }
    });
    return chosen;
}

export default { extension };
