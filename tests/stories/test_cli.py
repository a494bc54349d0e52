import json
import os
import random
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diembao.cli import cli
from tests.stories.conftest import make_text


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def records() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for s in range(4):
        p = make_text(40 + s, paragraphs=6)
        rows.append(
            {"id": f"o{s}", "title": "x", "text": "\n\n".join(p), "published": f"2024-02-0{s + 1}T08:00:00Z"}
        )
        rows.append(
            {"id": f"o{s}-cut", "text": "\n\n".join(p[:4]), "published": f"2024-02-0{s + 1}T09:00:00Z"}
        )
        rows.append({"id": f"o{s}-ttxvn", "text": "(TTXVN) - " + "\n\n".join(p), "outlet": "VOV"})
    return rows


def test_cluster_command_writes_id_and_story(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = records()
    write_jsonl(src, rows)
    with src.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"id": "empty", "text": "  "}) + "\n")
        f.write(json.dumps({"text": "no id"}) + "\n")
    r = CliRunner().invoke(cli, ["cluster", str(src)])
    assert r.exit_code == 0, r.output
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == [row["id"] for row in rows]
    assert {o["id"]: o["story"] for o in out} == {
        str(row["id"]): str(row["id"]).split("-")[0] for row in rows
    }
    assert "in.jsonl:13: skipped" in r.stderr and "missing or empty 'text'" in r.stderr
    assert "missing 'id'" in r.stderr and "3 record(s) skipped" in r.stderr


def test_cluster_command_missing_file(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["cluster", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 2 and "no such file" in r.output


def test_same_stories_whatever_the_hash_seed_and_the_order(tmp_path: Path) -> None:
    rows = records()
    outputs = []
    for seed, hashseed in ((0, "0"), (1, "12345"), (2, "random")):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        src = tmp_path / f"in{seed}.jsonl"
        write_jsonl(src, shuffled)
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        p = subprocess.run(
            [sys.executable, "-m", "diembao", "cluster", str(src), "--batch", "2"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=120,
        )
        outputs.append(sorted(p.stdout.splitlines()))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) == len(rows)


def test_stories_and_recluster_commands(tmp_path: Path) -> None:
    from diembao.model import Article, Paragraph
    from diembao.store import open_store
    from diembao.stories.storeglue import attach

    db = tmp_path / "s.db"
    store = open_store(db)
    attach(store)
    p = make_text(5, paragraphs=6)
    for i, (outlet, paras) in enumerate([("VOV", p), ("Báo A", p[:4]), ("Báo B", make_text(6))]):
        ps = [Paragraph(x) for x in paras]
        store.put_article(
            Article(
                url=f"https://e.vn/{i}",
                outlet=outlet,
                title=f"Tin {i}",
                paragraphs=ps,
                text=Article.body_text(ps),
                published=f"2024-03-0{i + 1}T08:00:00+07:00",
            )
        )
    store.close()
    r = CliRunner().invoke(cli, ["stories", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [(x["reach"], x["title"]) for x in rows] == [(2, "Tin 0"), (1, "Tin 2")]
    r = CliRunner().invoke(cli, ["stories", "--db", str(db), "--since", "2024-03-03", "--format", "jsonl"])
    assert [json.loads(x)["title"] for x in r.stdout.splitlines()] == ["Tin 2"]
    r = CliRunner().invoke(cli, ["stories", "--db", str(db), "--until", "not a date"])
    assert r.exit_code == 2 and "--until" in r.output
    r = CliRunner().invoke(cli, ["recluster", "--db", str(db)])
    assert r.exit_code == 0 and "3 articles in 2 stories" in r.stdout
