import { NotFoundMessage } from "@/components/layout/not-found-message";

export { generateMetadata } from "@/app/not-found";

export default function NotFound() {
  return <NotFoundMessage />;
}
