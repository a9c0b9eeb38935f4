/**
 * The basic parts of components/ui, rendered on their own (jsdom) and checked with axe, and the
 * behaviours a page relies on: errors tied to their fields, the summary taking focus, current
 * items marked. Pages and their states are scanned in a real browser by tests/e2e/axe-tour.spec.ts.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  Button,
  ButtonLink,
  Checkboxes,
  DateInput,
  Details,
  ErrorSummary,
  NotificationBanner,
  Pagination,
  Radios,
  Select,
  SummaryList,
  Table,
  TabNav,
  Tag,
  TextInput,
  Textarea,
} from "@/components/ui";
import { axeViolations, expectNoAxeViolations } from "./axe";

afterEach(cleanup);

/**
 * jsdom computes accessible names without layout, so a visually hidden span's leading space is
 * lost ("Previouspage"); browsers keep it. This matches either.
 */
const words = (text: string) => new RegExp(`^${text.split(" ").join("\\s?")}$`);

/** The ids an element's aria-describedby names, in order. */
const describedBy = (el: Element) => (el.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);

describe("buttons", () => {
  it("are buttons and links with their names, and pass axe", async () => {
    const { container } = render(
      <>
        <Button>Save and continue</Button>
        <Button variant="secondary" type="button">
          Cancel
        </Button>
        <Button variant="warning">Withdraw the child</Button>
        <ButtonLink href="/commissioner/tenders/new">Start a tender</ButtonLink>
      </>,
    );
    expect(screen.getByRole("button", { name: "Save and continue" })).toHaveProperty("type", "submit");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveProperty("type", "button");
    expect(screen.getByRole("link", { name: "Start a tender" }).getAttribute("href")).toBe(
      "/commissioner/tenders/new",
    );
    await expectNoAxeViolations(container);
  });
});

describe("text input, textarea and select", () => {
  it("label the control and tie the hint to it", async () => {
    const { container } = render(
      <>
        <TextInput id="name" name="name" label="Full name" hint="As on their passport" />
        <Textarea id="notes" name="notes" label="Notes" />
        <Select
          id="district"
          name="district"
          label="District"
          options={[
            { value: "", label: "Choose a district" },
            { value: "n", label: "North" },
          ]}
        />
      </>,
    );
    const input = screen.getByRole("textbox", { name: "Full name" });
    expect(describedBy(input)).toEqual(["name-hint"]);
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByRole("textbox", { name: "Notes" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "District" })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it("with an error: the message is tied to the field by aria-describedby and the field is invalid", async () => {
    const { container } = render(
      <TextInput
        id="email"
        name="email"
        label="E-mail address"
        hint="We send the link here"
        error="Enter an e-mail address"
      />,
    );
    const input = screen.getByRole("textbox", { name: "E-mail address" });
    expect(describedBy(input)).toEqual(["email-hint", "email-error"]);
    expect(document.getElementById("email-error")?.textContent).toContain("Enter an e-mail address");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(container);
  });
});

describe("radios and checkboxes", () => {
  const options = [
    { value: "yes", label: "Yes" },
    { value: "no", label: "No", hint: "You can change this later" },
  ];

  it("group their choices under a legend, each labelled, with the chosen one checked", async () => {
    const { container } = render(
      <>
        <Radios name="consent" legend="Do you agree?" options={options} defaultValue="no" />
        <Checkboxes
          name="needs"
          legend="Which needs?"
          options={[
            { value: "autism", label: "Autism" },
            { value: "sensory", label: "Sensory" },
          ]}
          defaultValues={["sensory"]}
        />
      </>,
    );
    const radios = screen.getByRole("group", { name: "Do you agree?" });
    expect(within(radios).getByRole("radio", { name: "No" })).toHaveProperty("checked", true);
    expect(within(radios).getByRole("radio", { name: "Yes" })).toHaveProperty("checked", false);
    expect(describedBy(within(radios).getByRole("radio", { name: "No" }))).toEqual(["consent-1-hint"]);
    const boxes = screen.getByRole("group", { name: "Which needs?" });
    expect(within(boxes).getByRole("checkbox", { name: "Sensory" })).toHaveProperty("checked", true);
    await expectNoAxeViolations(container);
  });

  it("with an error: the fieldset is described by the message", async () => {
    const { container } = render(
      <Radios name="consent" legend="Do you agree?" options={options} error="Choose yes or no" />,
    );
    const group = screen.getByRole("group", { name: "Do you agree?" });
    expect(describedBy(group)).toContain("consent-error");
    expect(document.getElementById("consent-error")?.textContent).toContain("Choose yes or no");
    await expectNoAxeViolations(container);
  });
});

describe("date input", () => {
  it("has a labelled day, month and year, and marks only the wrong parts", async () => {
    const { container } = render(
      <DateInput
        id="dob"
        name="dob"
        legend="Date of birth"
        hint="For example, 27 3 2015"
        error="Date of birth must include a month"
        errorFields={["month"]}
        defaultValue={{ day: "27", year: "2015" }}
      />,
    );
    const group = screen.getByRole("group", { name: "Date of birth" });
    expect(describedBy(group)).toEqual(["dob-hint", "dob-error"]);
    expect(within(group).getByRole("textbox", { name: "Day" })).toHaveProperty("value", "27");
    expect(within(group).getByRole("textbox", { name: "Month" }).getAttribute("aria-invalid")).toBe("true");
    expect(within(group).getByRole("textbox", { name: "Day" }).getAttribute("aria-invalid")).toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe("error summary", () => {
  it("lists the errors as links to the fields, takes focus, and a link moves focus to its field", async () => {
    const { container } = render(
      <form>
        <ErrorSummary
          errors={[
            { href: "#email", text: "Enter an e-mail address" },
            { href: "#consent-0", text: "Choose yes or no" },
          ]}
        />
        <TextInput id="email" name="email" label="E-mail address" error="Enter an e-mail address" />
        <Radios
          name="consent"
          legend="Do you agree?"
          options={[{ value: "yes", label: "Yes" }]}
          error="Choose yes or no"
        />
      </form>,
    );
    const summary = screen.getByRole("group", { name: "There is a problem" });
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole("link", { name: "Enter an e-mail address" });
    expect(link.getAttribute("href")).toBe("#email");
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "E-mail address" }));
    await expectNoAxeViolations(container);
  });

  it("renders nothing without errors", () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe("");
  });
});

describe("table", () => {
  it("has a caption and column headers, and says when it is empty", async () => {
    const { container } = render(
      <>
        <Table
          caption="Contracts"
          head={["Reference", "Value"]}
          rows={[
            ["C-1", "£1,000"],
            ["C-2", "£2,000"],
          ]}
          numericColumns={[1]}
          firstCellIsHeader
        />
        <Table caption="Returns" head={["Period"]} rows={[]} emptyText="No returns yet" />
      </>,
    );
    const table = screen.getByRole("table", { name: "Contracts" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Reference", "Value"]);
    expect(within(table).getByRole("rowheader", { name: "C-1" })).toBeTruthy();
    expect(screen.getByText("No returns yet")).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

describe("pagination", () => {
  it("marks the current page, keeps the filters in each link, and hides itself for one page", async () => {
    const { container } = render(
      <Pagination page={2} pageCount={5} baseHref="/commissioner/contracts" params={{ status: "LIVE" }} />,
    );
    const nav = screen.getByRole("navigation", { name: "Pagination" });
    const current = within(nav).getByRole("link", { name: "Page 2" });
    expect(current.getAttribute("aria-current")).toBe("page");
    expect(within(nav).getByRole("link", { name: "Page 3" }).getAttribute("href")).toMatch(
      /^\/commissioner\/contracts\?(?=.*status=LIVE)(?=.*page=3)/,
    );
    expect(within(nav).getByRole("link", { name: words("Previous page") })).toBeTruthy();
    expect(within(nav).getByRole("link", { name: words("Next page") })).toBeTruthy();
    await expectNoAxeViolations(container);
    cleanup();
    const single = render(<Pagination page={1} pageCount={1} baseHref="/commissioner/contracts" />);
    expect(single.container.innerHTML).toBe("");
  });
});

describe("tag, summary list, notification banner, details and tab navigation", () => {
  it("pass axe and say what they are", async () => {
    const { container } = render(
      <main>
        <h1>Contract C-1</h1>
        <Tag colour="green">Live</Tag>
        <SummaryList
          rows={[
            {
              key: "Provider",
              value: "Acme Care",
              action: { href: "/admin/users", label: "Change", visuallyHidden: "provider" },
            },
            { key: "Value", value: "£1,000" },
          ]}
        />
        <NotificationBanner type="success">Return accepted.</NotificationBanner>
        <NotificationBanner title="Important">A return is overdue.</NotificationBanner>
        <Details summary="Help with this page">Call the team.</Details>
        <TabNav
          label="Contract sections"
          items={[
            { href: "?tab=overview", label: "Overview", current: true },
            { href: "?tab=returns", label: "Returns" },
          ]}
        />
      </main>,
    );
    expect(screen.getByText("Live")).toBeTruthy();
    expect(screen.getByRole("link", { name: words("Change provider") })).toBeTruthy();
    expect(screen.getByRole("alert", { name: "Success" }).textContent).toContain("Return accepted.");
    expect(screen.getByRole("region", { name: "Important" }).textContent).toContain("A return is overdue.");
    expect(screen.getByText("Help with this page").closest("details")).toHaveProperty("open", false);
    const tabs = screen.getByRole("navigation", { name: "Contract sections" });
    expect(within(tabs).getByRole("link", { name: "Overview" }).getAttribute("aria-current")).toBe("page");
    expect(within(tabs).getByRole("link", { name: "Returns" }).getAttribute("aria-current")).toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe("the axe check itself", () => {
  it("fails on markup a screen reader cannot use (an unlabelled input, a button without a name)", async () => {
    const { container } = render(
      <form>
        <input name="x" />
        <button type="submit" />
      </form>,
    );
    const rules = (await axeViolations(container)).map((v) => v.split(":")[0]);
    expect(rules).toEqual(expect.arrayContaining(["label", "button-name"]));
  });
});
