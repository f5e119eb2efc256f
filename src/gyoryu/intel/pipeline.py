"""The extraction pipeline: named, versioned components run in the order a config gives.

Like spaCy's registry, a component is a factory registered under a versioned name
("gyoryu.ko_people.v1"); the config (`pipeline.toml`) lists the steps and their settings, so a
better Chinese segmenter or a new event rule is a new component and a line of config.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from gyoryu.intel import chunks
from gyoryu.intel.gazetteer import Gazetteer
from gyoryu.intel.text import DateMention, Sentence, publication_date

DEFAULT_CONFIG = Path(__file__).parent / "pipeline.toml"


@dataclass
class OrgMention:
    start: int
    end: int
    mention: str
    entity_id: int | None = None
    confidence: float = 0.0
    method: str = "none"  # LinkMethod
    # directory | pattern | gathering | place (a city standing for its government as a party of a
    # sister-city tie: an event's side only, never one of the document's organisations)
    source: str = "directory"
    candidates: list[tuple[int, float]] = field(default_factory=list)
    # the name this one glosses in brackets (센스타임(SenseTime): SenseTime glosses 센스타임): its
    # own mention, with its own offsets, one organisation with it
    gloss_of: OrgMention | None = field(default=None, repr=False, compare=False)


@dataclass
class PersonMention:
    start: int
    end: int
    mention: str
    entity_id: int | None = None
    role: str | None = None
    org_id: int | None = None
    org_mention: str | None = None


@dataclass
class PlaceMention:
    start: int
    end: int
    mention: str
    entity_id: int | None = None


@dataclass
class EventRecord:
    type: str
    actors: list[OrgMention | PersonMention]
    targets: list[OrgMention | PlaceMention]
    place: PlaceMention | None
    date: str | None
    start: int  # the evidence sentence
    end: int


@dataclass
class Doc:
    text: str
    date: date | None = None
    language: str = "und"
    sentences: list[Sentence] = field(default_factory=list)
    skipped: list[tuple[int, int, str]] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    # named gatherings the directory lacks ('한중 AI CEO 서밋'): what a summit is about, not an
    # organisation to review; set aside from `orgs` once the events are read
    gatherings: list[OrgMention] = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False)  # per-document work shared by steps
    # the caller settled the date (a part of a long article): the part does not look for its own
    date_settled: bool = False

    def sentences_in(self, *langs: str) -> list[Sentence]:
        return [s for s in self.sentences if s.lang in langs]

    def taken(self, start: int, end: int) -> bool:
        """Whether a span overlaps a mention already found."""
        for group in (self.orgs, self.people, self.places):
            for m in group:
                if m.start < end and start < m.end:
                    return True
        return False


Component = Callable[[Doc], None]
Factory = Callable[..., Component]
REGISTRY: dict[str, Factory] = {}


def component(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under a versioned name."""

    def wrap(factory: Factory) -> Factory:
        if name in REGISTRY:
            raise ValueError(f"component {name!r} registered twice")
        REGISTRY[name] = factory
        return factory

    return wrap


def read_config(path: Path | None = None) -> dict:
    with (path or DEFAULT_CONFIG).open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class Pipeline:
    steps: list[tuple[str, Component]]
    config: dict

    def __call__(self, text: str, *, published: date | None = None) -> Doc:
        """Extract from one article. A long one is read in parts of whole paragraphs
        (`chunks.parts`), so the time grows with the text and not with its square: each rule sees
        a story's worth of text, as it does in any news article."""
        parts = chunks.parts(text)
        if len(parts) == 1:
            return self._run(Doc(text=text, date=published))
        if published is None:
            published = publication_date(text)
        pieces = [(start, self._run(Doc(text=text[start:end], date=published, date_settled=True)))
                  for start, end in parts]
        return chunks.join(text, pieces, published)

    def _run(self, doc: Doc) -> Doc:
        for _name, step in self.steps:
            step(doc)
        return doc


def build_pipeline(gazetteer: Gazetteer, config: dict | None = None) -> Pipeline:
    """Instantiate every step of the config with the gazetteer and the step's settings."""
    from gyoryu.intel import components  # noqa: F401  (registers the built-in components)

    config = config or read_config()
    steps = []
    for step in config["pipeline"]["steps"]:
        settings = dict(config.get("components", {}).get(step, {}))
        factory_name = settings.pop("factory")
        if factory_name not in REGISTRY:
            raise ValueError(f"pipeline step {step!r}: unknown component {factory_name!r}")
        steps.append((step, REGISTRY[factory_name](gazetteer=gazetteer, **settings)))
    return Pipeline(steps=steps, config=config)


_pipelines: dict[int, tuple[Gazetteer, Pipeline]] = {}


def pipeline_for(gazetteer: Gazetteer) -> Pipeline:
    """One pipeline per gazetteer snapshot (the Kiwi and jieba dictionaries are costly to build)."""
    cached = _pipelines.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        _pipelines.clear()
        cached = (gazetteer, build_pipeline(gazetteer))
        _pipelines[id(gazetteer)] = cached
    return cached[1]
