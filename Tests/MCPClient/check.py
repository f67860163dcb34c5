#!/usr/bin/env python3
"""Checks `mlcareer mcp` with the official MCP Python SDK's stdio client, as an assistant uses it.

    Tests/MCPClient/check.py PATH/TO/mlcareer

Needs the `mcp` package (version 2 or later); .ci/run installs it into a virtual environment.
Without it the check says so and exits 0, unless MLCAREER_REQUIRE_MCP is set (CI sets it).
"""

import asyncio
import json
import os
import sys
import tempfile

try:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
except ImportError:
    if os.environ.get("MLCAREER_REQUIRE_MCP"):
        sys.exit("the Python package 'mcp' is missing: pip install 'mcp>=2'")
    print("skipped: the Python package 'mcp' is not installed (pip install 'mcp>=2')")
    sys.exit(0)

TOOLS = {"list_topics", "show_topic", "search", "salaries", "skills", "progress"}


failures = []


def check(condition, what):
    """Reports one expectation; the run goes on, so one failure does not hide the next."""
    print(f"{'ok' if condition else 'FAILED'}: {what}")
    if not condition:
        failures.append(what)


def text(result):
    return "".join(part.text for part in result.content if part.type == "text")


async def main(binary):
    with tempfile.TemporaryDirectory() as folder:
        pack = os.path.join(folder, "team")
        os.makedirs(os.path.join(pack, "topics"))
        with open(os.path.join(pack, "topics", "interview-prep.md"), "w") as file:
            file.write("# Interview Prep\n\nHow our team prepares for interviews.\n\n"
                       "## Details\n\n- Practise system design with a colleague.\n")
        environment = {"PATH": os.environ.get("PATH", ""), "HOME": folder,
                       "XDG_STATE_HOME": os.path.join(folder, "state"),
                       "XDG_DATA_HOME": os.path.join(folder, "data")}
        server = StdioServerParameters(command=binary, args=["mcp", "--data", pack],
                                       env=environment)
        async with stdio_client(server) as (read, write):
            async with ClientSession(read, write) as session:
                initialized = await session.initialize()
                check(initialized.server_info.name == "mlcareer", "initialize names the server")

                tools = await session.list_tools()
                names = {tool.name for tool in tools.tools}
                check(names == TOOLS, f"the six tools are listed: {sorted(names)}")

                resources = await session.list_resources()
                uris = {str(resource.uri) for resource in resources.resources}
                listed = await session.call_tool("list_topics", {})
                topics = listed.structured_content["topics"]
                check(uris == {f"mlcareer://topics/{t['id']}" for t in topics},
                      f"a resource per topic ({len(uris)})")
                check("mlcareer://topics/interview-prep" in uris, "the pack's topic is a resource")
                templates = await session.list_resource_templates()
                check([t.uri_template for t in templates.resource_templates]
                      == ["mlcareer://topics/{id}"], "the topic template is listed")
                read = await session.read_resource("mlcareer://topics/interview-prep")
                check(read.contents[0].text.startswith("# Interview Prep"),
                      "reading the pack's topic gives its Markdown")

                pay = await session.call_tool("salaries", {"city": "san francisco"})
                records = pay.structured_content["salaries"]
                check(not pay.is_error and any(r.get("amount") == 136287 and r.get("year") == 2024
                                              for r in records),
                      "salaries for San Francisco hold 136,287 of 2024")
                check("$136,287" in text(pay) and "2024" in text(pay) and "United States" in text(pay),
                      "the text gives $136,287 with its year and region")

                shown = await session.call_tool("show_topic", {"topic": "interview prep"})
                check(not shown.is_error and shown.structured_content["id"] == "interview-prep",
                      "show_topic gives the pack's own topic")
                check("Practise system design" in text(shown), "as Markdown text too")

                found = await session.call_tool("search", {"query": "system design", "limit": 3})
                check(found.structured_content["hits"][0]["topic"] == "interview-prep",
                      "search finds the pack's text")
                skills = await session.call_tool("skills", {"group": "soft skills"})
                check(not skills.is_error and skills.structured_content["groups"][0]["id"] == "soft-skills",
                      "skills of one group, named loosely")
                progress = await session.call_tool("progress", {})
                check(not progress.is_error and "overall" in progress.structured_content,
                      "progress answers, read only")

                unknown = await session.call_tool("show_topic", {"topic": "interveiw-prep"})
                check(unknown.is_error and "interview-prep" in text(unknown),
                      "an unknown topic is an error result with a suggestion")
                wrong = await session.call_tool("search", {"query": 42})
                check(wrong.is_error, "a wrongly typed argument is an error result")
                again = await session.call_tool("show_topic", {"topic": "faq"})
                check(not again.is_error and again.structured_content["id"] == "faq",
                      "the next call gets an answer")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    asyncio.run(main(os.path.abspath(sys.argv[1])))
    if failures:
        sys.exit(f"the MCP Python SDK client check failed {len(failures)} expectation(s)")
    print("the MCP Python SDK client check passed")
