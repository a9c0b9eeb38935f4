import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { checkUpload } from "../../files/check-upload";
import { fileStorage } from "../../files/storage";
import { withStoredUpload } from "../../files/stored-files";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { lockVenueReview } from "./lock-venue-review";

/** A review keeps a handful of photos: enough to show the place, few enough to look at. */
export const MAX_REVIEW_PHOTOS = 6;

export interface AddPhotoInput {
  reviewId: string;
  caption: string;
  submissionKey: string;
}

/**
 * A member of the review team adds a photo before the review is sent: an image checked by its
 * content (JPG, PNG or WebP) within the council's upload limit, with what it shows as its
 * alternative text. The review's row lock orders it with the sending of the review; a repeated
 * submit keeps one photo and no second file.
 */
export async function addVenueReviewPhoto(actor: Actor, input: AddPhotoInput, photoFile: unknown) {
  const council = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { uploadLimitMb: true },
  });
  const photo = await checkUpload(photoFile, {
    field: "photo",
    what: "the photo",
    accept: ["image/jpeg", "image/png", "image/webp"],
    maxMb: council.uploadLimitMb,
    required: true,
  });
  if (!photo) throw new AppError("INVALID", "Choose a photo", { photo: "Choose a photo" });
  return withStoredUpload(actor, photo, "PHOTO", async (tx, saveFile) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "venue-review-photo:add");
    if (!claim.first) return { id: claim.resultId, repeated: true };
    const review = await lockVenueReview(tx, actor, input.reviewId);
    if (review.status !== "PLANNED")
      throw new AppError("CONFLICT", "This review has been sent, so no more photos can be added.");
    const count = await tx.venueReviewPhoto.count({ where: { reviewId: review.id } });
    if (count >= MAX_REVIEW_PHOTOS)
      throw new AppError("INVALID", `A review can have ${MAX_REVIEW_PHOTOS} photos.`, {
        photo: `You have ${MAX_REVIEW_PHOTOS} photos already. Take one away to add another`,
      });
    const fileId = await saveFile();
    const row = await tx.venueReviewPhoto.create({
      data: {
        councilId: actor.councilId,
        reviewId: review.id,
        fileId,
        caption: input.caption,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await completeSubmission(tx, input.submissionKey, row.id);
    await recordAudit(tx, actor, {
      action: "venue-review-photo:add",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Added a photo to the review of ${review.venueName}`,
      metadata: { photoId: row.id },
    });
    return { id: row.id, repeated: false };
  });
}

/** A member of the team takes a photo away before the review is sent; the file goes with it. */
export async function removeVenueReviewPhoto(actor: Actor, input: { reviewId: string; photoId: string }) {
  const storageKey = await prisma.$transaction(async (tx) => {
    const review = await lockVenueReview(tx, actor, input.reviewId);
    if (review.status !== "PLANNED")
      throw new AppError("CONFLICT", "This review has been sent, so its photos stay as they are.");
    const photo = await tx.venueReviewPhoto.findFirst({
      where: { id: input.photoId, reviewId: review.id, councilId: actor.councilId },
      select: { id: true, fileId: true, file: { select: { storageKey: true } } },
    });
    if (!photo) throw new NotFoundError("The photo");
    await tx.venueReviewPhoto.delete({ where: { id: photo.id } });
    await tx.storedFile.delete({ where: { id: photo.fileId } });
    await recordAudit(tx, actor, {
      action: "venue-review-photo:remove",
      entityType: "VenueReview",
      entityId: review.id,
      summary: `Took a photo away from the review of ${review.venueName}`,
      metadata: { photoId: photo.id },
    });
    return photo.file.storageKey;
  });
  // The row is gone, so nothing can serve the bytes; removing them after the commit keeps a
  // failed transaction from losing a file that is still listed.
  await (await fileStorage()).remove(storageKey).catch(() => undefined);
}
