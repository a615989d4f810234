"""Ids separated across files (:func:`~repoagent.graph.ids.separate_ids`): a file
none of whose ids another file has is passed over in C; the result is the same as
looking at every definition, on random files whose ids meet often."""

from __future__ import annotations

import random

from repoagent.graph import ids as ids_module
from repoagent.graph.ids import separate_ids
from repoagent.models import FileHead


def _every_definition(heads: dict[str, FileHead]) -> tuple[dict, list[str]]:
    """The loop over every definition, as it was before the shortcut."""
    owners = {head.module: path for path, head in heads.items()}
    warnings, found = [], {}
    for path in sorted(heads, key=lambda p: (-heads[p].module.count("."), p)):
        head = heads[path]
        own = set(head.ids)
        renames: dict[str, str] = {}
        for node_id, parent in zip(head.ids[1:], head.parents[1:]):
            wanted = ids_module._under_renamed_parent(node_id, parent, renames)
            if wanted in owners and owners[wanted] != path:
                new = ids_module._free(wanted, owners, own)
                kind = "module" if heads[owners[wanted]].module == wanted else "definition"
                warnings.append(f"{path}: {wanted} is also the id of the {kind} in {owners[wanted]}; "
                                f"this one is documented as {new}")
                wanted = new
            if wanted != node_id:
                renames[node_id] = wanted
            owners[wanted] = path
        if renames:
            found[path] = renames
    return found, warnings


def _random_heads(rng: random.Random) -> dict[str, FileHead]:
    heads = {}
    for number in range(rng.randint(1, 8)):
        module = rng.choice(["pkg", "pkg.run", "pkg.a", "pkg.a.b", "other"]) + ("" if number < 5 else str(number))
        path = module.replace(".", "/") + (f"_{number}.py" if rng.random() < 0.3 else "/__init__.py" if rng.random() < 0.5 else ".py")
        ids, parents = [module], [None]
        for _ in range(rng.randint(0, 5)):
            parent = rng.choice(ids)
            ids.append(f"{parent}.{rng.choice(['run', 'a', 'b', 'f'])}")
            parents.append(parent)
        heads[path] = FileHead(path, "python", module, "h", tuple(ids), tuple(parents), ())
    return heads


def test_separating_ids_passes_over_files_without_shared_ids_with_the_same_result() -> None:
    rng = random.Random(17)
    renamed = 0
    for _ in range(3000):
        heads = _random_heads(rng)
        found = separate_ids(heads)
        assert found == _every_definition(heads), heads
        renamed += bool(found[0])
    assert renamed > 300  # ids met often enough to be renamed
