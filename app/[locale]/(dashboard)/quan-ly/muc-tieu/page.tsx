import { ProvinceChooser } from "@/components/dashboard/province-chooser";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom((m) => m.register.targets.title);

export default async function TargetsIndex({ params }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/muc-tieu");
  return <ProvinceChooser actor={actor} base="/quan-ly/muc-tieu" title={m.register.targets.title} locale={locale} m={m} />;
}
