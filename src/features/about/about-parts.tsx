import { useTranslation } from "react-i18next";
import { useAppStore } from "../../store/app-store";
import { publisher } from "./publisher";

/** A blank the publisher has not filled in yet, marked so that no one mistakes it for content. */
function FillIn() {
  const { t } = useTranslation("about");
  return <em className="about-fill-in">{t("fillIn")}</em>;
}

/** "Publisher of the service: …", in the user's language when the publisher gave it in several. */
export function PublisherLine() {
  const { t } = useTranslation("about");
  const language = useAppStore((state) => state.language);
  const { name } = publisher;
  const text = name === null ? null : typeof name === "string" ? name : name[language];
  return (
    <p>
      {t("accessibility.publisher")} {text ?? <FillIn />}
    </p>
  );
}

/** The address a link shows: a mailbox without its `mailto:`, a web address as written. */
const shownAddress = (href: string) => href.replace(/^mailto:/, "");

export function ContactLink({ href }: { href: string | null }) {
  return href === null ? <FillIn /> : <a href={href}>{shownAddress(href)}</a>;
}
